import { countOf } from "../common/plural.js";

/** The message of the one commit a publish writes: how many files, from which source commit. */
export function commitMessage(source: string, commit: string, changes: number): string {
  return `nexs-publish: ${countOf(changes, "element")} from ${source}@${commit.slice(0, 12)}`;
}
