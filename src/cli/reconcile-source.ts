// One source's submissions reconciled with their pull requests, exactly as the Action's `track` does on a
// schedule (github/track/reconcile.ts), limited to that source's state document: a merge is recorded and the
// base updated even where no App runs.
import type { RepoRef } from "../core/names/repo-ref.js";
import { formatRepoRef } from "../core/names/repo-ref.js";
import { stateKey } from "../core/state/state-codec.js";
import { OverlayStore } from "../core/tracking/overlay-store.js";
import type { StateStore } from "../core/tracking/state-store.js";
import { readTokenLogin } from "../github/accounts.js";
import { GitHubStateStore } from "../github/state-store.js";
import { type ReconcileResult, reconcile } from "../github/track/reconcile.js";
import { createStateWriter } from "../github/track/state-writer.js";
import type { Session } from "./session.js";

export interface ReconcileSourceOptions {
  collection: RepoRef;
  source: RepoRef;
  stateBranch: string;
  branchTemplate: string;
  signingKey: string | undefined;
  /** Without a signing key: whose pull requests are trusted (default: the token's own user). */
  publisher: string | undefined;
  /** Write nothing: the changes are kept in memory, and `store` reads them back. */
  dryRun: boolean;
}

export interface ReconciledSource {
  result: ReconcileResult;
  /** Where the source's document is read afterwards (in a dry run, with the changes reconcile would make). */
  store: StateStore;
  key: string;
}

export async function reconcileSource(session: Session, options: ReconcileSourceOptions): Promise<ReconciledSource> {
  const { client } = session;
  const github = new GitHubStateStore(client, { repo: options.collection, branch: options.stateBranch });
  const store = options.dryRun ? new OverlayStore(github) : github;
  // The CLI publishes with the user's own token, so by default that user's pull requests are the trusted ones.
  const publisher =
    options.signingKey === undefined ? (options.publisher ?? (await readTokenLogin(client))) : undefined;
  const key = stateKey(options.source);
  const result = await reconcile(
    {
      client,
      collection: options.collection,
      policy: {
        ...(options.signingKey !== undefined && { signingKey: options.signingKey }),
        ...(publisher !== undefined && { publisher }),
        branchTemplate: options.branchTemplate,
        collection: formatRepoRef(options.collection),
      },
      writer: createStateWriter(store, { dryRun: false, windowMs: 0 }, session.env),
      store: github,
      log: session.log,
    },
    { runId: "nexs-publish cli", keys: [key] },
  );
  return { result, store, key };
}
