// A delivery whose work failed must fail, where GitHub shows it: the handler throws, Probot logs the error once
// with the delivery id (see log.ts) and answers 500, and GitHub's delivery log lists it as failed, ready to be
// redelivered. This is the error thrown: what failed, the cause's one clear message, and the App's way of trying
// again in place of the Action's ("re-run the job"), from the same hint the GitHub layer wrote.
import { GitHubError } from "../github/github-error.js";

/** How to try a delivery again: GitHub does not redeliver a failed webhook by itself. */
export const REDELIVER_WEBHOOK =
  "redeliver the webhook from the App's advanced settings (Recent Deliveries; tracking and the check run are idempotent)";

export class DeliveryFailure extends Error {
  override readonly name = "DeliveryFailure";
}

/** `what` ("check run on #3") failed with `cause`; several causes of one delivery become one line. */
export function deliveryFailure(failures: ReadonlyArray<{ what: string; cause: unknown }>): DeliveryFailure {
  return new DeliveryFailure(failures.map(({ what, cause }) => `${what} failed: ${appMessage(cause)}`).join("; "));
}

function appMessage(cause: unknown): string {
  if (cause instanceof GitHubError) return cause.withRetryAdvice(REDELIVER_WEBHOOK).message;
  return cause instanceof Error ? cause.message : String(cause);
}

/** The rejected ones of a delivery's settled pieces of work, named. */
export function failuresOf(
  settled: ReadonlyArray<{ what: string; result: PromiseSettledResult<unknown> }>,
): Array<{ what: string; cause: unknown }> {
  return settled.flatMap(({ what, result }) => (result.status === "rejected" ? [{ what, cause: result.reason }] : []));
}
