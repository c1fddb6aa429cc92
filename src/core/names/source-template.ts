import type { RepoRef } from "./repo-ref.js";

/** A branch or title template with `{owner}` and `{repo}` filled in from the source repository. */
export function fillSourceTemplate(template: string, source: RepoRef): string {
  return template.replaceAll("{owner}", source.owner).replaceAll("{repo}", source.repo);
}
