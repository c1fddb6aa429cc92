/**
 * A real HTTP proxy on 127.0.0.1 in front of the emulator. It
 * - records every request the code under test sends (method, route, status) for API-budget assertions;
 * - injects faults by rule (method + path regex, skip the first N matches, fire T times): any status/body/headers,
 *   a rewrite of the upstream JSON, or extra latency;
 * - makes the emulator answer like GitHub where it does not (see emulator.ts): 422 for a duplicate PR, 401 for
 *   unknown tokens, forks that share the parent's history (copied while GETs of the fork answer 404, as GitHub
 *   answers while it copies), `parent` on fork repositories, merge-upstream, a PR's live `head.sha`, and
 *   "No commit found for the ref X" for a contents read on a missing ref;
 * - optionally answers 404 to the first read of a ref right after it was created (GitHub's replica lag).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { api, copyHistory, isObject, type Json, str, TOKENS } from "./emulator.js";

export interface SeenRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  /** Path without the query. */
  path: string;
  /** e.g. "POST /repos/:owner/:repo/git/trees". */
  route: string;
  body: string;
  status: number;
  /** True when a rule answered instead of the emulator. */
  faulted: boolean;
}

export type FaultAction =
  | { kind: "respond"; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: "rewrite"; rewrite: (body: Json, request: SeenRequest) => Json }
  | { kind: "delay"; ms: number }
  /** Answers in place of the emulator with whatever `answer` computes (it may call the emulator itself). */
  | { kind: "answer"; answer: (request: SeenRequest) => Promise<AnsweredReply> };

export interface AnsweredReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FaultRule {
  method?: string;
  /** Tested against the path and query. */
  path: RegExp;
  /** Tested against the request body, when given. */
  body?: RegExp;
  /** Let this many matching requests through first. Default 0. */
  skip?: number;
  /** Fire this many times, then pass. Default: always. */
  times?: number;
  action: FaultAction;
}

export interface ProxyOptions {
  /** Added to every request (the benchmark's 50 ms). */
  latencyMs?: number;
  /**
   * Tokens the emulator knows; anything else gets 401. Default: the seeded ones. `"any"` lets every token through
   * (the App's JWTs and the installation tokens the emulator issues are not known in advance).
   */
  validTokens?: readonly string[] | "any";
  /** 404 for the first read of a branch right after its ref was created. */
  lagAfterRefCreate?: boolean;
}

export interface FaultProxy {
  url: string;
  requests: SeenRequest[];
  /** Adds a rule; returns a handle telling how often it fired. */
  add(rule: FaultRule): { fired(): number };
  clearRules(): void;
  /** Forgets recorded requests (counting starts again). */
  resetCounts(): void;
  writes(): SeenRequest[];
  reads(): SeenRequest[];
  /** "METHOD route" → count. */
  byRoute(): Map<string, number>;
  close(): Promise<void>;
}

const GITHUB_DOCS = "https://docs.github.com/rest";

/** Ready-made faults with GitHub's own words. */
export const faults = {
  serverError: (status = 500): FaultAction => ({
    kind: "respond",
    status,
    body: { message: status === 502 ? "Bad Gateway" : "Server Error" },
  }),
  secondaryRateLimit: (retryAfterSeconds?: number): FaultAction => ({
    kind: "respond",
    status: 403,
    body: {
      message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      documentation_url: `${GITHUB_DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
    },
    headers: retryAfterSeconds === undefined ? {} : { "retry-after": String(retryAfterSeconds) },
  }),
  duplicatePullRequest: (head: string): FaultAction => ({
    kind: "respond",
    status: 422,
    body: {
      message: "Validation Failed",
      errors: [{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${head}.` }],
    },
  }),
  staleSha: (path: string): FaultAction => ({
    kind: "respond",
    status: 409,
    body: { message: `${path} does not match 0000000000000000000000000000000000000000` },
  }),
  pushProtection: (): FaultAction => ({
    kind: "respond",
    status: 409,
    body: {
      message:
        "Repository rule violations found\n\nPush cannot contain secrets\n\nGH013: Secret detected in content (GitHub Personal Access Token).",
    },
  }),
  notAccessible: (): FaultAction => ({
    kind: "respond",
    status: 403,
    body: { message: "Resource not accessible by integration" },
  }),
  actionsCannotCreatePullRequests: (): FaultAction => ({
    kind: "respond",
    status: 403,
    body: { message: "GitHub Actions is not permitted to create or approve pull requests." },
  }),
  notFound: (): FaultAction => ({ kind: "respond", status: 404, body: { message: "Not Found" } }),
};

const WRITE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Collapses ids so requests group by endpoint: owner/repo, SHAs, numbers, refs and paths. */
export function routeOf(method: string, path: string): string {
  const route = path
    .replace(/^\/repos\/[^/]+\/[^/]+/, "/repos/:owner/:repo")
    .replace(/\/git\/(refs?|matching-refs)\/.+$/, "/git/$1/:ref")
    .replace(/\/(commits|branches)\/.+$/, "/$1/:ref")
    .replace(/\/contents\/.+$/, "/contents/:path")
    .replace(/\/[0-9a-f]{40}(?=\/|$)/g, "/:sha")
    .replace(/\/\d+(?=\/|$)/g, "/:number");
  return `${method} ${route}`;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function parseJson(text: string): Json | undefined {
  try {
    const parsed: Json = JSON.parse(text);
    return parsed;
  } catch {
    return undefined;
  }
}

export async function startFaultProxy(upstream: string, options: ProxyOptions = {}): Promise<FaultProxy> {
  const rules: Array<{ rule: FaultRule; seen: number; fired: number }> = [];
  const requests: SeenRequest[] = [];
  const validTokens = options.validTokens === "any" ? undefined : new Set(options.validTokens ?? Object.values(TOKENS));
  /** fork full_name → parent full_name, and copies still running. */
  const forks = new Map<string, { parent: string; ready: Promise<void>; done: boolean; failure?: string }>();
  /** "owner/repo refs/heads/x" just created, to answer 404 once. */
  const lagging = new Set<string>();

  let pullsLock: Promise<void> = Promise.resolve();

  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = typeof body === "string" ? body : JSON.stringify(body ?? {});
    response.writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(text),
      ...headers,
    });
    response.end(text);
  };

  const forward = async (request: IncomingMessage, body: Buffer) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string" && !["host", "connection", "content-length", "accept-encoding"].includes(name))
        headers.set(name, value);
    }
    const method = request.method ?? "GET";
    return fetch(upstream + (request.url ?? "/"), {
      method,
      headers,
      ...(method === "GET" || method === "HEAD" ? {} : { body }),
    });
  };

  const tokenOf = (request: IncomingMessage) =>
    (request.headers.authorization ?? "").replace(/^(bearer|token)\s+/i, "").trim();

  /** The PR's head sha as the branch holds it now (the emulator keeps the creation-time one). */
  const liveHead = async (pr: Json, token: string): Promise<Json> => {
    if (!isObject(pr) || !isObject(pr.head)) return pr;
    try {
      const repo = str(pr.head, "repo", "full_name");
      const ref = await api(upstream, token, "GET", `/repos/${repo}/git/ref/heads/${str(pr.head, "ref")}`);
      return { ...pr, head: { ...pr.head, sha: str(ref, "object", "sha") } };
    } catch {
      return pr;
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? "GET";
    const url = request.url ?? "/";
    const path = url.split("?")[0] ?? url;
    const bodyBuffer = await readBody(request);
    const seen: SeenRequest = {
      method,
      url,
      path,
      route: routeOf(method, path),
      body: bodyBuffer.toString("utf8"),
      status: 0,
      faulted: false,
    };
    requests.push(seen);
    if (options.latencyMs) await sleep(options.latencyMs);

    const reply = (status: number, body: unknown, headers?: Record<string, string>, faulted = true) => {
      seen.status = status;
      seen.faulted = faulted;
      send(response, status, body, headers);
    };

    const token = tokenOf(request);
    if (token && validTokens && !validTokens.has(token))
      return reply(401, { message: "Bad credentials", documentation_url: GITHUB_DOCS });

    const rewrites: FaultRule[] = [];
    for (const entry of rules) {
      const { rule } = entry;
      if (rule.method && rule.method !== method) continue;
      if (!rule.path.test(url)) continue;
      if (rule.body && !rule.body.test(seen.body)) continue;
      entry.seen++;
      if (entry.seen <= (rule.skip ?? 0)) continue;
      if (rule.times !== undefined && entry.fired >= rule.times) continue;
      entry.fired++;
      const action = rule.action;
      if (action.kind === "delay") await sleep(action.ms);
      else if (action.kind === "respond")
        return reply(action.status, action.body ?? { message: "fault" }, action.headers);
      else if (action.kind === "answer") {
        const answered = await action.answer(seen);
        return reply(answered.status, answered.body, answered.headers);
      } else rewrites.push(rule);
    }

    // A fork is "being copied": GitHub answers 404 for it until then.
    const repoName = /^\/repos\/([^/]+\/[^/]+)/.exec(path)?.[1];
    const fork = repoName ? forks.get(repoName.toLowerCase()) : undefined;
    if (fork && !fork.done && method === "GET") return reply(404, { message: "Not Found" });
    if (fork?.failure) return reply(599, { message: `fault proxy: copying the fork failed: ${fork.failure}` });

    if (options.lagAfterRefCreate && method === "GET" && repoName) {
      for (const key of lagging) {
        const [repo, branch] = key.split(" ");
        const decoded = decodeURIComponent(url);
        const [pathPart = "", query = ""] = decoded.split("?");
        if (
          repo === repoName &&
          branch &&
          (pathPart.endsWith(`/${branch}`) || query.split("&").includes(`ref=${branch}`))
        ) {
          lagging.delete(key);
          return reply(404, { message: "Not Found" });
        }
      }
    }

    // GitHub refuses a second open PR for the same head and base; emulate@0.12.2 creates it. Checking and
    // creating one request at a time keeps that check atomic, as GitHub's is.
    if (method === "POST" && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
      const previous = pullsLock;
      let release = () => {};
      pullsLock = new Promise<void>((resolve) => (release = resolve));
      await previous;
      response.on("close", release);
      const wanted = parseJson(seen.body);
      if (isObject(wanted) && typeof wanted.head === "string" && typeof wanted.base === "string") {
        const head = wanted.head.includes(":") ? wanted.head : `${repoName?.split("/")[0] ?? ""}:${wanted.head}`;
        const open = await api(
          upstream,
          token,
          "GET",
          `${path}?state=open&head=${encodeURIComponent(head)}&base=${encodeURIComponent(wanted.base)}`,
        ).catch(() => []);
        if (Array.isArray(open) && open.length > 0) {
          const action = faults.duplicatePullRequest(head);
          if (action.kind === "respond") return reply(action.status, action.body);
        }
      }
    }

    // merge-upstream is missing from the emulator: fast-forward by copying the parent's history.
    const merge = /^\/repos\/([^/]+\/[^/]+)\/merge-upstream$/.exec(path);
    if (method === "POST" && merge?.[1]) {
      const child = merge[1].toLowerCase();
      const parent = forks.get(child)?.parent;
      const wanted = parseJson(seen.body);
      const branch = isObject(wanted) && typeof wanted.branch === "string" ? wanted.branch : "main";
      if (!parent) return reply(422, { message: "This repository is not a fork" });
      const [owner = "", repo = ""] = child.split("/");
      const [parentOwner = "", parentRepo = ""] = parent.split("/");
      await copyHistory(upstream, token, { owner: parentOwner, repo: parentRepo }, { owner, repo }, branch);
      return reply(
        200,
        {
          message: "Successfully fetched and fast-forwarded from upstream.",
          merge_type: "fast-forward",
          base_branch: `${parent}:${branch}`,
        },
        {},
        false,
      );
    }

    const upstreamResponse = await forward(request, bodyBuffer);
    let status = upstreamResponse.status;
    const text = await upstreamResponse.text();
    let json = parseJson(text);

    // GitHub tells a missing ref from a missing path in a contents read: 404 "No commit found for the ref X"
    // against "Not Found". emulate@0.12.2 answers "Not Found" to both; the state store relies on the difference.
    if (method === "GET" && status === 404 && repoName && /^\/repos\/[^/]+\/[^/]+\/contents(\/|$)/.test(path)) {
      const ref = new URLSearchParams(url.split("?")[1] ?? "").get("ref");
      const exists = (route: string) =>
        api(upstream, token, "GET", route).then(
          () => true,
          () => false,
        );
      if (
        ref &&
        (await exists(`/repos/${repoName}`)) &&
        !(await exists(`/repos/${repoName}/commits/${encodeURIComponent(ref)}?per_page=1`))
      ) {
        json = {
          message: `No commit found for the ref ${ref}`,
          documentation_url: `${GITHUB_DOCS}/repos/contents#get-repository-content`,
          status: "404",
        };
      }
    }

    // GitHub answers 202 with the existing fork when asked again; the emulator answers 422.
    const forkOf = /^\/repos\/([^/]+\/[^/]+)\/forks$/.exec(path)?.[1];
    if (method === "POST" && forkOf && status === 422) {
      const login = str(await api(upstream, token, "GET", "/user"), "login");
      const existing = await api(upstream, token, "GET", `/repos/${login}/${forkOf.split("/")[1] ?? ""}`).catch(
        () => undefined,
      );
      if (isObject(existing) && existing.fork === true) {
        status = 202;
        json = existing;
      }
    }

    // Forks: remember the parent, copy its history in the background, and answer 404 for the fork until done.
    if (
      method === "POST" &&
      forkOf &&
      status === 202 &&
      isObject(json) &&
      !forks.has(str(json, "full_name").toLowerCase())
    ) {
      const child = str(json, "full_name").toLowerCase();
      const [owner = "", repo = ""] = child.split("/");
      const [parentOwner = "", parentRepo = ""] = forkOf.split("/");
      const defaultBranch = str(json, "default_branch");
      const entry: { parent: string; ready: Promise<void>; done: boolean; failure?: string } = {
        parent: forkOf,
        done: false,
        ready: Promise.resolve(),
      };
      entry.ready = sleep(30)
        .then(() =>
          copyHistory(upstream, token, { owner: parentOwner, repo: parentRepo }, { owner, repo }, defaultBranch),
        )
        .then(
          () => {
            entry.done = true;
          },
          (error: unknown) => {
            entry.failure = error instanceof Error ? error.message : String(error);
            entry.done = true;
          },
        );
      forks.set(child, entry);
    }
    if (method === "GET" && fork && isObject(json) && new RegExp(`^/repos/${repoName}$`, "i").test(path)) {
      json = { ...json, parent: { full_name: fork.parent }, source: { full_name: fork.parent } };
    }
    if (/\/pulls(\/\d+)?$/.test(path) && status < 300 && json !== undefined) {
      json = Array.isArray(json)
        ? await Promise.all(json.map((pr) => liveHead(pr, token)))
        : await liveHead(json, token);
    }
    if (options.lagAfterRefCreate && method === "POST" && /\/git\/refs$/.test(path) && status === 201 && repoName) {
      const created = parseJson(seen.body);
      if (isObject(created) && typeof created.ref === "string")
        lagging.add(`${repoName} ${created.ref.replace(/^refs\/heads\//, "")}`);
    }
    for (const rule of rewrites) {
      if (rule.action.kind === "rewrite" && json !== undefined) json = rule.action.rewrite(json, seen);
    }

    seen.status = status;
    const headers: Record<string, string> = {};
    upstreamResponse.headers.forEach((value, name) => {
      if (!["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"].includes(name))
        headers[name] = value;
    });
    send(response, status, json === undefined ? text : json, headers);
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        send(response, 599, { message: `fault proxy: ${error instanceof Error ? error.message : String(error)}` });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address: AddressInfo | string | null = server.address();
  if (!address || typeof address === "string") throw new Error("fault proxy did not get a port");

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    add(rule) {
      const entry = { rule, seen: 0, fired: 0 };
      rules.push(entry);
      return { fired: () => entry.fired };
    },
    clearRules: () => void rules.splice(0),
    resetCounts: () => void requests.splice(0),
    writes: () => requests.filter((request) => WRITE.has(request.method)),
    reads: () => requests.filter((request) => !WRITE.has(request.method)),
    byRoute() {
      const counts = new Map<string, number>();
      for (const request of requests) counts.set(request.route, (counts.get(request.route) ?? 0) + 1);
      return counts;
    },
    async close() {
      await Promise.all([...forks.values()].map((fork) => fork.ready));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
