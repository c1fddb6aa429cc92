import { describe, expect, it } from "vitest";
import { failureMessage } from "../../src/action/failure-message.js";
import { InputError } from "../../src/action/input-parsers.js";

describe("the message a failed step ends with", () => {
  it("keeps all of a message that spans lines, on one line (GitHub's push-protection refusal and its hint)", () => {
    const error = new Error(
      "Could not create a tree on nexs/collection: GitHub answered 409 (Repository rule violations found\n\nPush " +
        "cannot contain secrets\n\nGH013: Secret detected). Remove the secret; push protection refused it. Retrying will not help.",
    );
    const message = failureMessage(error);
    expect(message).toBe(
      "nexs-publish: Could not create a tree on nexs/collection: GitHub answered 409 (Repository rule violations " +
        "found Push cannot contain secrets GH013: Secret detected). Remove the secret; push protection refused it. " +
        "Retrying will not help.",
    );
  });

  it("gives an input's refusal as it is, and redacts a token in any message", () => {
    expect(failureMessage(new InputError('input "strict" must be true or false, not "yes"'))).toBe(
      'input "strict" must be true or false, not "yes"',
    );
    const token = `ghp_${"A1b2C3d4E5".repeat(3)}123456`;
    expect(failureMessage(new Error(`GitHub said\n${token}`))).not.toContain(token);
  });
});
