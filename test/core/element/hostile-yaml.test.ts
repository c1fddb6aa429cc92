// Issue #9, part 6: YAML edge cases and exit codes. A raw NUL (and every other character YAML 1.2 excludes) is
// refused with its position; a quoted "<<" is an ordinary key; CR-only line endings get one clear finding; a
// path named on the command line gets the finding and exit code the walker gives the same file.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run.js";
import { parseSource } from "../../../src/core/element/parse.js";
import { DEFAULT_MAX_FILE_SIZE, type ParseResult } from "../../../src/core/element/source.js";
import { fakeIo } from "../../cli/fake-io.js";
import { parseJsonReport } from "../../report/json-shape.js";
import { tempDir } from "../../support/tmp-dir.js";

const parse = (text: string): ParseResult =>
  parseSource({ file: "e.yaml", bytes: new TextEncoder().encode(text) }, { maxFileSize: DEFAULT_MAX_FILE_SIZE });
const refusals = (result: ParseResult): string[] =>
  result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);
const HEAD = "metadata:\n  id: a\n  type: persona\n";

describe("characters YAML 1.2 excludes", () => {
  it("a raw NUL is refused with its code and position, wherever it is", () => {
    expect(refusals(parse(`${HEAD}  name: "a\u0000b"\ndata: {}\n`))).toEqual(["yaml/control-character 4:11"]);
    expect(refusals(parse(`${HEAD}  name: a\u0000b\ndata: {}\n`))).toEqual(["yaml/control-character 4:10"]);
    expect(refusals(parse(`${HEAD}# a comment \u0000\ndata: {}\n`))).toEqual(["yaml/control-character 4:13"]);
    const result = parse(`\u0000${HEAD}`);
    expect(result.ok ? "" : result.diagnostics[0]?.message).toBe(
      'the control character U+0000 (NUL) is not allowed in YAML; remove it, or write it as an escape such as "\\x00" in a double-quoted string',
    );
  });

  it("so are the other excluded controls, and the allowed ones are not", () => {
    for (const c of ["\u0001", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f", "\u0080", "\u009f", "\ufffe"])
      expect(refusals(parse(`${HEAD}  name: "x${c}"\ndata: {}\n`)), JSON.stringify(c)).toEqual([
        "yaml/control-character 4:11",
      ]);
    // TAB inside quotes, NEL, and the escaped forms are YAML 1.2's own.
    const fine = parse(`${HEAD}  name: "a\tb\u0085c"\n  description: "\\0 \\x1b \\e"\ndata: {}\n`);
    expect(refusals(fine)).toEqual([]);
    expect(fine.ok && fine.value.metadata).toMatchObject({ name: "a\tb\u0085c", description: "\u0000 \u001b \u001b" });
  });

  it("CR-only line endings get one clear finding at the first lone CR; CRLF is read", () => {
    const cr = parse(`${HEAD}data: {}\n`.replace(/\n/g, "\r"));
    expect(refusals(cr)).toEqual(["yaml/line-break 1:10"]);
    expect(cr.ok ? "" : cr.diagnostics[0]?.message).toBe(
      "a carriage return (CR) not followed by LF ends a line here; save the file with LF or CRLF line endings",
    );
    expect(refusals(parse(`${HEAD}  name: "a\rb"\ndata: {}\n`))).toEqual(["yaml/line-break 4:11"]);
    expect(parse(`${HEAD}data: {}\n`.replace(/\n/g, "\r\n")).ok).toBe(true);
  });
});

describe("<< as a key", () => {
  it("a quoted << is an ordinary key; only the plain one is a merge key", () => {
    const quoted = parse(`${HEAD}  custom: {"<<": 1, '<<x': 2}\ndata: {}\n`);
    expect(quoted.ok && quoted.value.metadata).toMatchObject({ custom: { "<<": 1, "<<x": 2 } });
    expect(refusals(parse(`${HEAD}  custom:\n    "<<": 1\n    <<: {a: 1}\ndata: {}\n`))).toEqual([
      "yaml/merge-key 6:5",
    ]);
  });
});

describe("a path named on the command line is treated as the walker treats it", () => {
  async function validate(cwd: string, ...paths: string[]) {
    const io = fakeIo(cwd);
    const code = await runCli(["validate", ...paths, "--format", "json"], io);
    return { code, report: code === 2 ? undefined : parseJsonReport(io.out()), err: io.err() };
  }
  const codes = (report: ReturnType<typeof parseJsonReport> | undefined) =>
    report?.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`);

  it("a symlink loop: file/not-regular and exit 1, named or walked", async () => {
    const dir = tempDir("nexs-named-");
    mkdirSync(join(dir, "tree"));
    symlinkSync("loop.yaml", join(dir, "tree/loop.yaml"));
    const walked = await validate(dir, "tree");
    const named = await validate(dir, "tree/loop.yaml");
    expect(walked.code).toBe(1);
    expect(named.code).toBe(1);
    expect(codes(walked.report)).toEqual(["tree/loop.yaml error file/not-regular"]);
    expect(codes(named.report)).toEqual(codes(walked.report));
    expect(named.report?.diagnostics[0]?.message).toBe(walked.report?.diagnostics[0]?.message);
  });

  it("a file reached through a symlinked directory is not read: file/not-regular, exit 1", async () => {
    const dir = tempDir("nexs-named-");
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real/a.yaml"), `${HEAD}data: {}\n`);
    symlinkSync("real", join(dir, "link"));
    const named = await validate(dir, "link/a.yaml");
    expect(named.code).toBe(1);
    expect(codes(named.report)).toEqual(["link/a.yaml error file/not-regular"]);
    expect(named.report?.diagnostics[0]?.message).toBe(
      "link/a.yaml is reached through link, a symlink; symlinks are not followed, copy the files into the tree instead",
    );
    const walked = await validate(dir, ".");
    expect(codes(walked.report)).toContain("link warning file/not-regular");
  });

  it("a name too long says so, not 'check its permissions'; a missing path stays a usage error (exit 2)", async () => {
    const dir = tempDir("nexs-named-");
    const long = `${"n".repeat(300)}.yaml`;
    const named = await validate(dir, long);
    expect(named.code).toBe(1);
    expect(codes(named.report)).toEqual([`${long} error file/unreadable`]);
    expect(named.report?.diagnostics[0]?.message).toBe(
      `${long} could not be read (ENAMETOOLONG); its name (or its path) is too long for the file system; shorten it`,
    );
    const missing = await validate(dir, "no-such.yaml");
    expect(missing.code).toBe(2);
    expect(missing.err).toBe("nexs-publish: no-such.yaml: no such file or directory\n");
  });
});
