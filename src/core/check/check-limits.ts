// How much one pull-request check may take on. Past these limits the check says so (a neutral check run) instead
// of reading on: memory, requests and time stay bounded whatever a pull request holds.

export interface CheckLimits {
  /** Element files (`.yaml`/`.yml` a PR adds or changes) checked per pull request. */
  maxElementFiles: number;
  /** Bytes of element files downloaded per pull request; a file over max-file-size is not read and not counted. */
  maxElementBytes: number;
}

/** 300 files and 5 MiB: far above a reviewable pull request, far below what a small App instance can hold. */
export const DEFAULT_CHECK_LIMITS: CheckLimits = { maxElementFiles: 300, maxElementBytes: 5 * 1024 * 1024 };

/** GitHub lists at most 3,000 files of a pull request: a longer list may hide element files. */
export const GITHUB_LISTED_FILES_LIMIT = 3000;

/** GitHub takes at most 50 annotations per checks request; more need further updates of the run. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** Annotations written per check run (20 requests at most); the summary counts the findings left out. */
export const MAX_ANNOTATIONS = 1000;

/** GitHub refuses a check run's `output.summary` over 65,535 characters. */
export const SUMMARY_MAX_CHARS = 65_535;

/** Why a pull request was not checked. */
export type TooLarge =
  | { kind: "files"; limit: number }
  | { kind: "bytes"; bytes: number; limit: number }
  | { kind: "listing"; limit: number };

/** One sentence a reviewer can act on. */
export function tooLargeReason(reason: TooLarge): string {
  switch (reason.kind) {
    case "files":
      return `it changes more than ${reason.limit} element files, the most one check reads`;
    case "bytes":
      return (
        `its element files hold ${mebibytes(reason.bytes)}, ` +
        `more than the ${mebibytes(reason.limit)} one check reads`
      );
    case "listing":
      return (
        `it changes ${reason.limit} or more files, ` +
        `and GitHub lists no more than ${reason.limit} files of a pull request`
      );
  }
}

/** `5 MiB`, `5.12 MiB`. */
export function mebibytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(2)} MiB`;
}
