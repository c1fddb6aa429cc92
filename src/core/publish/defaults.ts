// The publish defaults, in one place: the Action's input record (checked against action.yml by a test), the
// CLI's flags and the App's configuration all read them here.

import type { ConflictStrategy } from "../sync/resolve.js";

/** Where a source keeps its element files. */
export const DEFAULT_ELEMENTS_PATH = "elements";
/** The head branch of a source's pull request; `{owner}`/`{repo}` are the source repository. */
export const DEFAULT_BRANCH_TEMPLATE = "nexs/{owner}/{repo}";
export const DEFAULT_TITLE_TEMPLATE = "nexs-publish: elements from {owner}/{repo}";
/** The collection branch holding one state document per source (created on first use, never merged). */
export const DEFAULT_STATE_BRANCH = "nexs-state";
/** A conflict is reported and left out until a person settles it. */
export const DEFAULT_CONFLICT_STRATEGY: ConflictStrategy = "manual";
