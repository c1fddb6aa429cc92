// Publish writes three branches of the collection with three jobs: the pull request's head (force-moved on every
// change), the base it targets, and the state branch (every source's state documents). Two of them being one
// branch would lose work: a head that is the state branch force-moves it onto the elements and drops the other
// sources' state; a state branch that is the base commits state documents straight onto it.

export interface BranchRoles {
  branch: string;
  stateBranch: string;
  /** Undefined: the collection's default branch, whose name is not known before it is read. */
  base?: string | undefined;
}

/** The first two roles that name one branch, as "what must differ from what", if any; `name` spells a role. */
export function branchRolesProblem(roles: BranchRoles, name: (role: keyof BranchRoles) => string): string | undefined {
  const pairs: [keyof BranchRoles, keyof BranchRoles][] = [
    ["branch", "base"],
    ["branch", "stateBranch"],
    ["stateBranch", "base"],
  ];
  for (const [a, b] of pairs) {
    const same = roles[a];
    if (same !== undefined && same === roles[b]) return `${name(a)} must differ from ${name(b)} (both are "${same}")`;
  }
  return undefined;
}
