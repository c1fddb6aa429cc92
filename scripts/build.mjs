// Bundles each entry point with ncc into dist/<entry>/. The output is committed, and CI fails when a
// fresh build differs from it, so the build must be deterministic: no source maps, no minification.
// Each bundle is built beside its folder and swapped in only when ncc succeeds, so a failed build
// (ncc type-checks the whole project) never leaves dist/ without the committed bundle.
// The schema validators are generated first, so a generated file older than schemas/ shows up in that check too.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, renameSync, rmSync } from "node:fs";

execFileSync(process.execPath, ["scripts/generate-validators.mjs"], { stdio: "inherit" });

const entries = {
  action: "src/action/main.ts",
  cli: "src/cli/main.ts",
  // The validation reader's thread, started by the CLI and the Action: small, so it starts quickly.
  "validate-reader": "src/threads/reader-main.ts",
  app: "src/app/index.ts",
};

const only = process.argv.slice(2);
for (const [name, entry] of Object.entries(entries)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const out = `dist/${name}`;
  const next = `dist/.${name}.next`;
  rmSync(next, { recursive: true, force: true });
  try {
    execFileSync(
      process.execPath,
      [
        "node_modules/@vercel/ncc/dist/ncc/cli.js",
        "build",
        entry,
        "-o",
        next,
        "--target",
        "es2022",
        "--quiet",
        "--license",
        "licenses.txt",
      ],
      { stdio: "inherit" },
    );
  } catch {
    rmSync(next, { recursive: true, force: true });
    console.error(`build of ${entry} failed; ${out}/ is left as it was`);
    process.exit(1);
  }
  // ncc turns an import it cannot resolve into a `require` at run time, which fails only when that code runs.
  const unresolved = readdirSync(next)
    .filter((f) => f.endsWith(".js"))
    .flatMap((f) => [...readFileSync(`${next}/${f}`, "utf8").matchAll(/@@notfound\.js\?([^\s*]+)/g)].map((m) => m[1]));
  if (unresolved.length > 0) {
    rmSync(next, { recursive: true, force: true });
    console.error(
      `build of ${entry} failed: it imports what ncc could not find (${unresolved.join(", ")}); ${out}/ is left as it was`,
    );
    process.exit(1);
  }
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
}
