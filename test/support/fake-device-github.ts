// A loopback fake of GitHub's device-flow endpoints (POST /login/device/code, POST /login/oauth/access_token)
// and of GET /user, a real node:http server: the emulator has no device flow. Answers are queued per test.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface Answer {
  status?: number;
  body: unknown;
}

export interface SeenRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

export interface FakeDeviceGitHub {
  /** http://127.0.0.1:PORT: the API root and the login host both. */
  url: string;
  requests: SeenRequest[];
  /** The answer to POST /login/device/code. */
  deviceCode: Answer;
  /** Answers to the token polls, in order; the last one repeats. */
  tokenAnswers: Answer[];
  /** Tokens GET /user accepts, and the login it reports for them. */
  users: Map<string, string>;
  /** Paths that are read but never answered (a server that hangs). */
  hang: Set<string>;
  close(): Promise<void>;
}

export const TEST_TOKEN = "ghu_testTokenFromTheDeviceFlow123";

export function pending(): Answer {
  return { body: { error: "authorization_pending", error_description: "The authorization request is still pending." } };
}

export function oauthError(error: string, extra: Record<string, unknown> = {}): Answer {
  return { body: { error, error_description: `${error} happened`, error_uri: "https://docs.github.com", ...extra } };
}

export function granted(token = TEST_TOKEN): Answer {
  return { body: { access_token: token, token_type: "bearer", scope: "" } };
}

/** `interval`: the seconds GitHub asks between polls (5 unless told; 1, its smallest, for runs that really wait). */
export async function startFakeDeviceGitHub(options: { interval?: number } = {}): Promise<FakeDeviceGitHub> {
  const hanging = new Set<ServerResponse>();
  const fake: FakeDeviceGitHub = {
    url: "",
    requests: [],
    deviceCode: { body: {} },
    tokenAnswers: [granted()],
    users: new Map([[TEST_TOKEN, "octocat"]]),
    hang: new Set(),
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  let polls = 0;
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const path = (request.url ?? "/").split("?")[0] ?? "/";
      fake.requests.push({ method: request.method ?? "", path, body, authorization: request.headers.authorization });
      if (fake.hang.has(path)) {
        hanging.add(response);
        return;
      }
      if (request.method === "POST" && path === "/login/device/code") return send(response, fake.deviceCode);
      if (request.method === "POST" && path === "/login/oauth/access_token") {
        const answer = fake.tokenAnswers[Math.min(polls++, fake.tokenAnswers.length - 1)];
        return send(response, answer ?? granted());
      }
      if (request.method === "GET" && (path === "/user" || path === "/api/v3/user")) {
        const token = (request.headers.authorization ?? "").replace(/^(token|bearer) /i, "");
        const login = fake.users.get(token);
        return send(
          response,
          login ? { body: { login, id: 1 } } : { status: 401, body: { message: "Bad credentials" } },
        );
      }
      send(response, { status: 404, body: { message: "Not Found" } });
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("the fake GitHub has no port");
  fake.url = `http://127.0.0.1:${address.port}`;
  fake.deviceCode = {
    body: {
      device_code: "3584d83530557fdd1f46af8289938c8ef79f9dc5",
      user_code: "WDJB-MJHT",
      verification_uri: `${fake.url}/login/device`,
      expires_in: 900,
      interval: options.interval ?? 5,
    },
  };
  return fake;
}

function send(response: ServerResponse, answer: Answer): void {
  response.writeHead(answer.status ?? 200, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(answer.body));
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of request) text += String(chunk);
  if (!text) return {};
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === "object" && data !== null && !Array.isArray(data) ? { ...data } : {};
  } catch {
    return Object.fromEntries(new URLSearchParams(text));
  }
}
