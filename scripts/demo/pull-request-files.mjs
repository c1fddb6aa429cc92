// GitHub's "list pull request files" (`GET /repos/:o/:r/pulls/:n/files`), which emulate@0.12.2 answers with
// made-up names and SHAs: the files that differ between the PR's base commit and its head branch as it is now (in
// the head repository, so a fork's PR lists the fork's files), with blob SHAs, `removed` for a deleted file,
// paginated with a Link header. The demo's proxy and the App tests answer the route with it: the App's check run
// and its marker binding need the real list.

const ROUTE = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/files$/;

/** True for the route this answers. */
export function isPullRequestFilesPath(path) {
  return ROUTE.test(path);
}

/**
 * The answer to one request: `read(path)` is a GET against the emulator that resolves to JSON or rejects with an
 * error carrying a numeric `status`. `path` has no query; `query` is the request's query string.
 */
export async function pullRequestFiles(read, path, query) {
  const match = ROUTE.exec(path);
  if (!match) return { status: 404, body: { message: "Not Found" }, headers: {} };
  const [, repo, number] = match;
  let pr;
  try {
    pr = await read(`/repos/${repo}/pulls/${number}`);
  } catch (error) {
    if (typeof error?.status === "number") return { status: error.status, body: { message: "Not Found" }, headers: {} };
    throw error;
  }
  const headRepo = pr.head.repo.full_name;
  const headSha = await read(`/repos/${headRepo}/git/ref/heads/${pr.head.ref}`).then(
    (ref) => ref.object.sha,
    () => pr.head.sha,
  );
  const before = await filesAt(read, repo, pr.base.sha);
  const after = await filesAt(read, headRepo, headSha);
  const changed = [];
  for (const [filename, sha] of after) {
    const old = before.get(filename);
    if (old !== sha) changed.push({ filename, sha, status: old === undefined ? "added" : "modified" });
  }
  for (const [filename, sha] of before) if (!after.has(filename)) changed.push({ filename, sha, status: "removed" });
  changed.sort((a, b) => a.filename.localeCompare(b.filename));
  const params = new URLSearchParams(query);
  const perPage = Math.min(100, Number(params.get("per_page") ?? "30") || 30);
  const page = Math.max(1, Number(params.get("page") ?? "1") || 1);
  const headers = {};
  if (page * perPage < changed.length) {
    params.set("page", String(page + 1));
    params.set("per_page", String(perPage));
    headers.link = `<http://127.0.0.1${path}?${params.toString()}>; rel="next"`;
  }
  return { status: 200, body: changed.slice((page - 1) * perPage, page * perPage), headers };
}

async function filesAt(read, repo, commit) {
  const data = await read(`/repos/${repo}/git/commits/${commit}`);
  const tree = await read(`/repos/${repo}/git/trees/${data.tree.sha}?recursive=1`);
  const files = new Map();
  for (const entry of tree.tree) if (entry.type === "blob") files.set(entry.path, entry.sha);
  return files;
}
