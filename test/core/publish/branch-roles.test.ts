import { describe, expect, it } from "vitest";
import { type BranchRoles, branchRolesProblem } from "../../../src/core/publish/branch-roles.js";

const name = (role: keyof BranchRoles): string => role;

describe("the three branches publish writes", () => {
  it("are fine when all differ, or when the base is the default branch (not named)", () => {
    expect(branchRolesProblem({ branch: "nexs/o/r", stateBranch: "nexs-state", base: "main" }, name)).toBeUndefined();
    expect(branchRolesProblem({ branch: "nexs/o/r", stateBranch: "nexs-state" }, name)).toBeUndefined();
  });

  it.each([
    [{ branch: "main", stateBranch: "nexs-state", base: "main" }, 'branch must differ from base (both are "main")'],
    [
      { branch: "nexs-state", stateBranch: "nexs-state" },
      'branch must differ from stateBranch (both are "nexs-state")',
    ],
    [{ branch: "nexs/o/r", stateBranch: "main", base: "main" }, 'stateBranch must differ from base (both are "main")'],
    [{ branch: "x", stateBranch: "x", base: "x" }, 'branch must differ from base (both are "x")'],
  ])("refuse two roles on one branch: %o", (roles, problem) => {
    expect(branchRolesProblem(roles, name)).toBe(problem);
  });
});
