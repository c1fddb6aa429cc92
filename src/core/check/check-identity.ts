// How a check run is recognised later: its name, and an external id naming the pull request it checked (a
// re-request of a fork's pull request arrives without `pull_requests`, but with the run's external id).

export const CHECK_NAME = "nexs-publish";

const EXTERNAL_ID = /^nexs-publish:pr:([1-9][0-9]{0,15})$/;

export function checkExternalId(pullNumber: number): string {
  return `nexs-publish:pr:${pullNumber}`;
}

/** The pull-request number a check run's external id names, when it is one of ours. */
export function pullNumberOfExternalId(externalId: unknown): number | undefined {
  if (typeof externalId !== "string") return undefined;
  const digits = EXTERNAL_ID.exec(externalId)?.[1];
  const number = digits === undefined ? Number.NaN : Number(digits);
  return Number.isSafeInteger(number) ? number : undefined;
}
