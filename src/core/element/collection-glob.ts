// The element globs of a collection.yaml, matched the way a NEXS MCP server matches them when it installs the
// collection: Go's filepath.Glob, segment by segment (`*` and `?` never cross a `/`, `**` is just `*`, `[...]`
// classes, `\` escapes; no braces), over the files it copies (hidden entries are not copied). Matching reads only
// the directories the pattern walks through, through a RepositoryTree: the disk for validate, a git tree for a
// pull-request check.

/** What a directory entry is, as lstat sees it (a link is never followed). */
export type TreeEntryKind = "file" | "directory" | "symlink" | "other";

export interface TreeEntry {
  name: string;
  kind: TreeEntryKind;
}

export interface RepositoryTree {
  /** The entries of the directory at `path` (relative, forward slashes; "" is the root); undefined if none. */
  entries(path: string): readonly TreeEntry[] | undefined;
}

export interface GlobMatch {
  /** Relative to the repository root, forward slashes. */
  path: string;
  kind: TreeEntryKind;
}

export type GlobResult =
  | { ok: true; matches: GlobMatch[]; links: string[] }
  | { ok: false; problem: "bad-pattern" | "outside"; message: string };

/** Which characters make a segment a pattern (Go's hasMeta, with `\` as on Unix). */
const META = /[*?[\\]/;

/**
 * Every entry `pattern` matches, in path order. Links met on the way are not followed: they are returned in
 * `links` (a link may point anywhere, outside the repository included). A pattern that is absolute or holds `..`
 * anywhere is refused, as the server refuses it.
 */
export function matchGlob(tree: RepositoryTree, pattern: string): GlobResult {
  if (pattern.startsWith("/") || /^[A-Za-z]:/.test(pattern))
    return { ok: false, problem: "outside", message: "an absolute path points outside the repository" };
  if (pattern.includes(".."))
    return { ok: false, problem: "outside", message: "`..` would leave the repository (and the server refuses it)" };
  const segments = pattern.split("/");
  if (segments.some((s) => s === "" || s === "."))
    return { ok: false, problem: "bad-pattern", message: "a path segment is empty or `.`" };
  const matchers: ((name: string) => boolean)[] = [];
  for (const segment of segments) {
    const matcher = segmentMatcher(segment);
    if (!matcher) return { ok: false, problem: "bad-pattern", message: `"${segment}" is not a valid glob segment` };
    matchers.push(matcher);
  }
  const links: string[] = [];
  let current: GlobMatch[] = [{ path: "", kind: "directory" }];
  segments.forEach((segment, i) => {
    const match = matchers[i] ?? (() => false);
    const literal = !META.test(segment);
    const next: GlobMatch[] = [];
    for (const dir of current) {
      if (dir.kind !== "directory") continue;
      for (const entry of tree.entries(dir.path) ?? []) {
        // Hidden entries are not copied when the server installs a collection; a literal name is one name.
        if (entry.name.startsWith(".") || (literal ? entry.name !== unescapeSegment(segment) : !match(entry.name)))
          continue;
        const path = dir.path === "" ? entry.name : `${dir.path}/${entry.name}`;
        if (entry.kind === "symlink") links.push(path);
        else next.push({ path, kind: entry.kind });
      }
    }
    current = next;
  });
  return { ok: true, matches: current.sort((a, b) => compare(a.path, b.path)), links: links.sort(compare) };
}

/** A glob that matches `literal` exactly: its meta characters escaped. */
export function escapeGlob(literal: string): string {
  return literal.replace(/[*?[\\]/g, (c) => `\\${c}`);
}

function unescapeSegment(segment: string): string {
  return segment.replace(/\\(.)/g, "$1");
}

/** One segment as Go's filepath.Match reads it, or undefined for a malformed one (Go's ErrBadPattern). */
function segmentMatcher(segment: string): ((name: string) => boolean) | undefined {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "\\") {
      if (i + 1 >= segment.length) return undefined;
      source += escapeRegExp(segment.charAt(++i));
    } else if (c === "[") {
      const end = classEnd(segment, i + 1);
      if (end === undefined) return undefined;
      const body = segment.slice(i + 1, end);
      const negated = body.startsWith("^");
      const ranges = classRanges(negated ? body.slice(1) : body);
      if (ranges === undefined) return undefined;
      source += `[${negated ? "^/" : ""}${ranges}]`;
      i = end;
    } else source += escapeRegExp(c);
  }
  const regexp = new RegExp(`^${source}$`, "u");
  return (name) => regexp.test(name);
}

/** The index of the `]` closing a class that starts at `from`, skipping escapes. */
function classEnd(segment: string, from: number): number | undefined {
  for (let i = from; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === "\\") i++;
    else if (c === "]" && i > from && !(i === from + 1 && segment.charAt(from) === "^")) return i;
  }
  return undefined;
}

/** A class body (`a-z0-9`, `\]`) as a regexp class body; undefined when it is empty or malformed. */
function classRanges(body: string): string | undefined {
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body.charAt(i);
    if (c === "\\") {
      if (i + 1 >= body.length) return undefined;
      c = body.charAt(++i);
    } else if (c === "-") return undefined;
    if (body.charAt(i + 1) === "-") {
      let hi = body.charAt(i + 2);
      let skip = 2;
      if (hi === "\\") {
        hi = body.charAt(i + 3);
        skip = 3;
      }
      if (hi === "" || hi < c) return undefined;
      chars.push(`${escapeClass(c)}-${escapeClass(hi)}`);
      i += skip;
    } else chars.push(escapeClass(c));
  }
  return chars.length > 0 ? chars.join("") : undefined;
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function escapeClass(c: string): string {
  return c.replace(/[\]\\^-]/g, "\\$&");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
