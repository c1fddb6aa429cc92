/**
 * emulate@0.12.2's GitHub service as the GitHub side of the App, in-process on 127.0.0.1 with a free port.
 * Seeded like test/support/emulator.ts (org `nexs` owning `collection` on `main`, user `publisher` (org admin)
 * owning `source`, user `contributor` without write access), plus the App itself, installed on `nexs` with
 * app.yml's permissions and events, so the emulator refuses what the manifest does not grant.
 *
 * What emulate does for an App (read from its dist, checked by test/app/emulator-delivery.test.ts):
 * - without `private_key` in the seed it generates an RSA key (PKCS#1 PEM), exposed as
 *   `emulator.generatedSecrets[i]` with `kind: "github.app_private_key"`, `id: String(app_id)`, `value: PEM`;
 * - `POST /app/installations/:id/access_tokens` with a JWT signed by that key returns a `ghs_…` token that carries
 *   the installation's permissions (and is then enforced on each route);
 * - on PR open, edit, close, reopen and merge (`PUT …/pulls/:n/merge` with a `merge_method`) and on check-run
 *   create/complete/rerequest it POSTs the event to the App's `webhook_url` with `X-GitHub-Event`,
 *   `X-GitHub-Delivery` (`String(Date.now())`: not unique, not a GUID), `X-Hub-Signature-256` and
 *   `installation: { id, node_id }`, fire-and-forget after the REST reply (10 s timeout, no retry);
 * - it sends no `synchronize`, `ready_for_review` or `converted_to_draft`; a check run's `app` is null unless
 *   the creating request passes `app_id`.
 */
import { createEmulator } from "emulate";
import { readAppManifest } from "./app-manifest.js";

export const APP_ID = 4242;
export const APP_SLUG = "nexs-publish";
export const INSTALLATION_ID = 777;
export const APP_TOKENS = { publisher: "tok-publisher", contributor: "tok-contributor" } as const;

export interface RepoName {
  owner: string;
  repo: string;
}

export interface AppEmulator {
  /** http://127.0.0.1:port, the REST root (the App's GITHUB_API_URL). */
  url: string;
  appId: number;
  installationId: number;
  /** The App's private key as emulate generated it (PKCS#1 PEM). */
  privateKey: string;
  collection: RepoName;
  /** A REST call as the publisher (org admin); throws on anything but 2xx. */
  api(method: string, path: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export interface AppEmulatorOptions {
  /** Where emulate delivers the App's webhooks. */
  webhookUrl: string;
  webhookSecret: string;
}

export async function startAppEmulator(options: AppEmulatorOptions): Promise<AppEmulator> {
  const manifest = readAppManifest();
  const emulator = await createEmulator({
    service: "github",
    port: 0,
    seed: {
      tokens: {
        [APP_TOKENS.publisher]: { login: "publisher", scopes: ["repo", "workflow"] },
        [APP_TOKENS.contributor]: { login: "contributor", scopes: ["repo"] },
      },
      github: {
        users: [{ login: "publisher" }, { login: "contributor" }],
        orgs: [{ login: "nexs", members: [{ login: "publisher", role: "admin" }] }],
        repos: [
          { owner: "nexs", name: "collection", description: "NEXS elements" },
          { owner: "publisher", name: "source" },
        ],
        apps: [
          {
            app_id: APP_ID,
            slug: APP_SLUG,
            name: manifest.name,
            permissions: manifest.permissions,
            events: manifest.events,
            webhook_url: options.webhookUrl,
            webhook_secret: options.webhookSecret,
            installations: [{ installation_id: INSTALLATION_ID, account: "nexs" }],
          },
        ],
      },
    },
  });
  const secret = emulator.generatedSecrets.find((s) => s.kind === "github.app_private_key" && s.id === String(APP_ID));
  if (!secret) {
    await emulator.close();
    throw new Error("emulate generated no private key for the App");
  }
  const url = emulator.url.replace("//localhost:", "//127.0.0.1:");
  return {
    url,
    appId: APP_ID,
    installationId: INSTALLATION_ID,
    privateKey: secret.value,
    collection: { owner: "nexs", repo: "collection" },
    api: (method, path, body) => call(url, APP_TOKENS.publisher, method, path, body),
    close: () => emulator.close(),
  };
}

async function call(url: string, token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: "application/vnd.github+json",
      "content-type": "application/json",
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 300)}`);
  const parsed: unknown = text ? JSON.parse(text) : null;
  return parsed;
}

/** Reads a value at a path of keys, or throws: emulator answers are checked, never cast. */
export function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) {
      throw new Error(`expected an object before ${keys.join(".")}`);
    }
    current = Object.entries(current).find(([name]) => name === key)?.[1];
  }
  return current;
}

export function text(value: unknown, ...keys: string[]): string {
  const found = field(value, ...keys);
  if (typeof found !== "string") throw new Error(`expected a string at ${keys.join(".")}`);
  return found;
}

export function integer(value: unknown, ...keys: string[]): number {
  const found = field(value, ...keys);
  if (typeof found !== "number" || !Number.isInteger(found))
    throw new Error(`expected an integer at ${keys.join(".")}`);
  return found;
}
