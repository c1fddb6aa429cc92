// The CLI's only streams redact what they write, so text that never was a finding (a path in a usage error) is
// covered too, and keep what commands read of them (isTTY).
import { describe, expect, it } from "vitest";
import { redactingIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run.js";
import { fakeIo } from "../cli/fake-io.js";
import { tempDir } from "../support/tmp-dir.js";
import { githubToken, slackToken } from "./fake-secrets.js";

describe("the CLI's output streams", () => {
  it("redact a secret in a path named on the command line", async () => {
    const token = githubToken(21).written;
    const io = fakeIo(tempDir("nexs-cli-io-"));
    expect(await runCli(["validate", `missing-${token}`], io)).toBe(2);
    expect(io.err()).toContain("missing-[redacted]: no such file or directory");
    expect(io.err() + io.out()).not.toContain(token);
  });

  it("redact every chunk and keep isTTY", () => {
    const token = slackToken(22).written;
    const io = fakeIo("/", { tty: true });
    const safe = redactingIo(io);
    safe.stdout.write(`a ${token} b\n`);
    expect(io.out()).toBe("a [redacted] b\n");
    expect(safe.stdout.isTTY).toBe(true);
  });
});
