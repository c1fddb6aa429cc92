// Imported, not read at run time: each bundle in dist/ carries it, wherever it is run from.
import pkg from "../../../package.json" with { type: "json" };

/** Who produced a report: the SARIF driver, `--version`. */
export const TOOL = {
  name: pkg.name,
  version: pkg.version,
  informationUri: `https://www.npmjs.com/package/${pkg.name}`,
} as const;
