// Bundles each entry point with ncc into dist/<entry>/. The output is committed, and CI fails when a
// fresh build differs from it, so the build must be deterministic: no source maps, no minification.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

const entries = {
  action: "src/action/main.ts",
  cli: "src/cli/main.ts",
};

const only = process.argv.slice(2);
for (const [name, entry] of Object.entries(entries)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    ["node_modules/@vercel/ncc/dist/ncc/cli.js", "build", entry, "-o", out, "--target", "es2022", "--quiet", "--license", "licenses.txt"],
    { stdio: "inherit" },
  );
}
