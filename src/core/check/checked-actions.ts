/** The pull_request actions after which a pull request's files may differ from what was last checked. */
export const CHECKED_ACTIONS: ReadonlySet<string> = new Set(["opened", "reopened", "synchronize", "ready_for_review"]);
