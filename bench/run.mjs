// Runs a TypeScript benchmark: `node bench/run.mjs <name> [args...]` bundles bench/<name>/main.ts with ncc
// into bench/.work/<name>/ (git-ignored) and runs it with the same Node, so benchmarks import the real source.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const [name, ...args] = process.argv.slice(2);
if (!name || !existsSync(`bench/${name}/main.ts`)) {
  console.error("usage: node bench/run.mjs <name> [args...]   (bench/<name>/main.ts must exist)");
  process.exit(2);
}
const out = `bench/.work/${name}`;
execFileSync(
  process.execPath,
  [
    "node_modules/@vercel/ncc/dist/ncc/cli.js",
    "build",
    `bench/${name}/main.ts`,
    "-o",
    out,
    "--quiet",
    "--target",
    "es2022",
  ],
  { stdio: "inherit" },
);
const result = spawnSync(process.execPath, ["--expose-gc", `${out}/index.js`, ...args], { stdio: "inherit" });
process.exit(result.status ?? 1);
