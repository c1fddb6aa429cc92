import { describe, expect, it } from "vitest";
import { apiBaseUrl } from "../../../src/cli/auth/resolve-token.js";
import { UsageError } from "../../../src/cli/io.js";

describe("the API root a command talks to", () => {
  it("comes from GITHUB_API_URL, else GITHUB_SERVER_URL, else github.com", () => {
    expect(apiBaseUrl({ GITHUB_API_URL: "http://127.0.0.1:4010/" })).toBe("http://127.0.0.1:4010");
    expect(apiBaseUrl({ GITHUB_SERVER_URL: "https://ghe.example.com" })).toBe("https://ghe.example.com/api/v3");
    expect(apiBaseUrl({})).toBe("https://api.github.com");
  });

  it.each([
    [
      { GITHUB_API_URL: "notaurl" },
      'GITHUB_API_URL must be an http(s) URL such as https://github.example.com/api/v3, not "notaurl"',
    ],
    [
      { GITHUB_API_URL: "ftp://x" },
      'GITHUB_API_URL must be an http(s) URL such as https://github.example.com/api/v3, not "ftp://x"',
    ],
    [
      { GITHUB_SERVER_URL: "ghe" },
      'GITHUB_SERVER_URL must be an http(s) URL such as https://github.example.com, not "ghe"',
    ],
  ])("a bad URL names its variable: %o", (env, message) => {
    expect(() => apiBaseUrl(env)).toThrow(new UsageError(message));
  });
});
