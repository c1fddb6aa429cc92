// A cheap necessary condition per secretlint rule, so the rule's own (slower) patterns run only on text that
// could match them. Each anchor is a literal that every match of the rule must contain, read from the rule's
// patterns in @secretlint/secretlint-rule-preset-recommend 11.7.1 and matched case-insensitively (a superset).
// A rule with no anchor here always runs, so a rule added by a preset upgrade is never skipped.
// test/core/scan/secret-anchors.test.ts checks the anchors against the preset's own detections.

/** The anchor of a rule that cannot match an element file: the rule is skipped without a pass over the text. */
export const NEVER = /(?!)/;

export const RULE_ANCHORS: Readonly<Record<string, RegExp>> = {
  // AWS secret access key; access key ids (AKIA... and the other prefixes) and account ids, which secrets.ts
  // turns on (the preset leaves them off by default).
  "@secretlint/secretlint-rule-aws": /secret_?access_?key|account|A3T|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA/i,
  // Only .json and .p12 files are checked; element files are .yaml/.yml, so nothing can match and the rule is skipped.
  "@secretlint/secretlint-rule-gcp": NEVER,
  "@secretlint/secretlint-rule-npm": /npm_|_authtoken=|x-oauth-basic/i,
  "@secretlint/secretlint-rule-slack": /xox[bpaor]-|xapp-|hooks\.slack\.com/i,
  // Reports only a URL with both a user and a password: scheme://user:password@host.
  "@secretlint/secretlint-rule-basicauth": /:\/\/[-\w]+:[-\w]+@/,
  "@secretlint/secretlint-rule-openai": /T3BlbkFJ/i,
  "@secretlint/secretlint-rule-anthropic": /sk-ant-api0/i,
  "@secretlint/secretlint-rule-linear": /lin_api_/i,
  "@secretlint/secretlint-rule-privatekey": /PRIVATE KEY/i,
  "@secretlint/secretlint-rule-sendgrid": /SG\./i,
  "@secretlint/secretlint-rule-shopify": /shp(?:pa|ca|at|ss)_/i,
  "@secretlint/secretlint-rule-github": /gh[pousr]_|github_pat_/i,
  "@secretlint/secretlint-rule-1password": /ops_ey/i,
  // Reports only connection strings holding both a user name and a password before an "@".
  "@secretlint/secretlint-rule-database-connection-string": /:\/\/[^:/\s]+:[^@/\s]+@/,
};

const ANCHOR_SOURCES = Object.values(RULE_ANCHORS)
  .filter((r) => r !== NEVER)
  .map((r) => r.source);

/** One pass over the text that fails only when no anchored rule can match: most element files stop here. */
export const ANY_ANCHOR = new RegExp(ANCHOR_SOURCES.join("|"), "i");

/**
 * ANY_ANCHOR with every space in an anchor standing for any run of white space, line breaks included. Parsing
 * joins the lines of a folded or multi-line scalar with a space, so `PRIVATE` at a line's end and `KEY` on the
 * next become `PRIVATE KEY` in the parsed string: a raw text this fails on (and that holds no backslash, the
 * only way YAML writes one character as others) gives no parsed string that ANY_ANCHOR matches.
 */
export const ANY_FOLDED_ANCHOR = new RegExp(ANCHOR_SOURCES.map((s) => s.replaceAll(" ", "\\s+")).join("|"), "i");
