// The App's server logger: every string of a log call, in the logger and its children, is redacted and escaped.
import { Writable } from "node:stream";
import { pino } from "pino";
import type { Logger } from "probot";
import { describe, expect, it } from "vitest";
import { redactingLogger } from "../../src/app/log.js";
import { githubToken } from "./fake-secrets.js";

function captured(): { log: Logger; lines: () => string } {
  let out = "";
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString("utf8");
      done();
    },
  });
  return { log: pino({ level: "trace" }, sink), lines: () => out };
}

describe("redactingLogger", () => {
  it("redacts and escapes messages of every level, in children too, and keeps pino's own fields", () => {
    const token = githubToken(11).written;
    const { log, lines } = captured();
    const safe = redactingLogger(log);
    safe.info(`checked ${token}`);
    safe.child({ delivery: "d-1" }).warn(`file a\u001b[2J\u202e${token}.yaml`);
    safe.error({ id: 7 }, "with %s", token);
    const out = lines();
    expect(out).not.toContain(token);
    expect(out).not.toContain("\u202e");
    expect(out).toContain("[redacted]");
    expect(out).toContain('"delivery":"d-1"');
    expect(out).toContain('"id":7');
    expect(safe.level).toBe("trace");
  });
});
