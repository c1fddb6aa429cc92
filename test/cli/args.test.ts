import { describe, expect, it } from "vitest";
import { parseValidateArgs } from "../../src/cli/commands/validate.js";
import { UsageError } from "../../src/cli/io.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../src/core/element/source.js";

describe("validate arguments", () => {
  it("defaults to the elements directory, human output, not strict", () => {
    expect(parseValidateArgs([])).toEqual({
      paths: ["elements"],
      strict: false,
      allowInstallHooks: false,
      format: "human",
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      workers: undefined,
      help: false,
    });
  });

  it("reads paths, --strict, --format and --max-file-size in any order", () => {
    expect(parseValidateArgs(["a", "--format", "sarif", "b.yaml", "--strict", "--max-file-size=1024"])).toEqual({
      paths: ["a", "b.yaml"],
      strict: true,
      allowInstallHooks: false,
      format: "sarif",
      maxFileSize: 1024,
      workers: undefined,
      help: false,
    });
    expect(parseValidateArgs(["-h"]).help).toBe(true);
    expect(parseValidateArgs(["--allow-install-hooks"]).allowInstallHooks).toBe(true);
    expect(parseValidateArgs(["--workers", "0"]).workers).toBe(0);
    expect(parseValidateArgs(["--workers=16"]).workers).toBe(16);
  });

  it.each([
    [["--format", "xml"], /--format must be one of human, json, sarif, not "xml"/],
    [["--max-file-size", "0"], /--max-file-size must be a whole number of bytes greater than 0, not "0"/],
    [["--max-file-size", "1e6"], /not "1e6"/],
    [["--max-file-size=-5"], /not "-5"/],
    [["--max-file-size", "12kb"], /not "12kb"/],
    [["--max-file-size", "99999999999999999999"], /not "99999999999999999999"/],
    [["--workers", "17"], /--workers must be a whole number from 0 to 16, not "17"/],
    [["--workers=-1"], /not "-1"/],
    [["--workers", "01"], /not "01"/],
    [["--workers", "two"], /not "two"/],
    [["--workers="], /not ""/],
    [["--bogus"], /Unknown option '--bogus'/],
    [["--format"], /argument missing/],
  ])("refuses %j with one clear line", (args, message) => {
    let thrown: unknown;
    try {
      parseValidateArgs(args);
    } catch (error) {
      thrown = error;
    }
    if (!(thrown instanceof UsageError)) throw new Error(`expected a UsageError, got ${String(thrown)}`);
    expect(thrown.message).toMatch(message);
    expect(thrown.message).not.toContain("\n");
  });
});
