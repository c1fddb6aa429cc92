// A path-template that can place no element is refused once, up front: one error naming the input, and not a
// single request to GitHub (a server on loopback counts them), for publish and for track alike.

import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "../bundle/run-action.js";
import { SOURCE, workspace } from "../publish/support.js";
import { tempDir } from "../support/tmp-dir.js";

let server: Server;
let requests = 0;
let url = "";
beforeAll(async () => {
  server = createServer((_request, response) => {
    requests++;
    response.writeHead(500).end();
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the counting server has no port");
  url = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

const BAD: [string, string][] = [
  ["elements/{kind}/{id}.yaml", "the path template has an unknown placeholder {kind}"],
  ["../{type}/{id}.yaml", 'the path template "../{type}/{id}.yaml" would leave the collection root'],
  [".github/workflows/{id}.yml", 'the path template ".github/workflows/{id}.yml" is inside a .github directory'],
];

describe("path-template (Action bundle)", () => {
  it.each(BAD)("publish: %s is one ::error:: naming the input, and no request", async (template, message) => {
    requests = 0;
    const run = await runAction(
      workspace(),
      { command: "publish", collection: "nexs/collection", token: "t0ken-for-the-test", "path-template": template },
      {
        GITHUB_API_URL: url,
        GITHUB_REPOSITORY: `${SOURCE.owner}/${SOURCE.repo}`,
        GITHUB_REPOSITORY_ID: String(SOURCE.id),
        GITHUB_SHA: SOURCE.commit,
      },
    );
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`::error::input "path-template": ${message}`);
    expect(requests).toBe(0);
  });

  it.each(BAD)("track: %s is one ::error:: naming the input, and no request", async (template, message) => {
    requests = 0;
    const events = tempDir("nexs-path-template-event-");
    writeFileSync(join(events, "event.json"), "{}");
    const run = await runAction(
      tempDir("nexs-path-template-ws-"),
      { command: "track", token: "t0ken-for-the-test", "path-template": template },
      {
        GITHUB_API_URL: url,
        GITHUB_REPOSITORY: "nexs/collection",
        GITHUB_EVENT_NAME: "schedule",
        GITHUB_EVENT_PATH: join(events, "event.json"),
      },
    );
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`::error::input "path-template": ${message}`);
    expect(requests).toBe(0);
  });
});
