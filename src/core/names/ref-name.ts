/** Why git would refuse `name` as a branch name (git check-ref-format, the parts that matter here). */
export function refNameProblem(name: string): string | undefined {
  if (name === "" || name.startsWith("/") || name.endsWith("/") || name.includes("//")) {
    return "is not a branch name (empty part)";
  }
  if (name.includes("..") || name.includes("@{") || /[\u0000-\u0020~^:?*[\\\u007f]/.test(name)) {
    return "contains characters git refuses in a branch name";
  }
  if (name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock"))) {
    return "has a part starting with '.' or ending in '.lock'";
  }
  if (name.endsWith(".")) return "ends with '.'";
  if (name.startsWith("-") || name === "@") return "is not a branch name git accepts ('-' first, or '@' alone)";
  if (name.length > 255) return "is longer than 255 characters";
  return undefined;
}
