// Secret detection over an element file's text with secretlint's recommended preset.
//
// The preset's rules run synchronously here, through the rule API of @secretlint/types, instead of through
// @secretlint/core's lintSource: validation is synchronous (validateSources), lintSource is a Promise, and it
// re-creates every rule for every file. test/core/scan/secrets.test.ts checks this runner against lintSource.
// The comment-filter rule is left out on purpose: a `secretlint-disable` comment in an element must not let a
// secret reach a public collection.
import { rules as presetRules } from "@secretlint/secretlint-rule-preset-recommend";
import type {
  SecretLintRuleContext,
  SecretLintRuleReportHandler,
  SecretLintSourceCode,
  SecretLintSourceNodeLocation,
  SecretLintSourceNodePosition,
} from "@secretlint/types";
import { type Diagnostic, diagnostic } from "../diagnostic/diagnostic.js";
import { findAwsSecretsEndingInSymbol } from "./aws-secret-tail.js";
import { findServiceAccountKeys, mayHoldServiceAccountKey } from "./gcp-service-account.js";
import { LineIndex } from "./line-index.js";
import { ANY_ANCHOR, NEVER, RULE_ANCHORS } from "./secret-anchors.js";
import { secretLabel } from "./secret-labels.js";

export const COMMENT_FILTER_RULE = "@secretlint/secretlint-rule-filter-comments";

/** What a rule reported: which kind of secret and where, as UTF-16 offsets into the text. Never the secret. */
export interface SecretFinding {
  ruleId: string;
  messageId: string;
  start: number;
  end: number;
  /** Found by one of our own supplements to the preset (gcp-service-account.ts, aws-secret-tail.ts). */
  supplement?: true;
}

interface ActiveRule {
  id: string;
  anchor: RegExp | undefined;
  handler: SecretLintRuleReportHandler;
}

// Rules report into whichever list the scan in progress set; scans are synchronous, so one sink suffices.
let sink: SecretFinding[] = [];

function contextFor(ruleId: string): SecretLintRuleContext {
  return {
    sharedOptions: {},
    // The preset's messages interpolate the secret; keep only the message id.
    createTranslator: () => (messageId) => ({ message: "", messageId: String(messageId), data: undefined }),
    report(descriptor) {
      const [start, end] = descriptor.range;
      sink.push({ ruleId, messageId: descriptor.message.messageId, start, end });
    },
    ignore() {
      // Only the comment filter ignores, and it does not run.
    },
  };
}

// The AWS rule scans for access key ids (AKIA...) and account ids only when asked: both are in the README's codes.
const RULE_OPTIONS: Readonly<Record<string, Record<string, unknown>>> = {
  "@secretlint/secretlint-rule-aws": { enableIDScanRule: true },
};

const ACTIVE_RULES: readonly ActiveRule[] = presetRules
  .filter((rule) => rule.meta.id !== COMMENT_FILTER_RULE)
  .filter((rule) => rule.meta.supportedContentTypes.some((t) => t === "text" || t === "all"))
  .map((rule) => ({
    id: rule.meta.id,
    anchor: RULE_ANCHORS[rule.meta.id],
    handler: rule.create(contextFor(rule.meta.id), RULE_OPTIONS[rule.meta.id] ?? {}),
  }));

/** Ids of the preset rules this scanner runs. */
export const SECRET_RULE_IDS: readonly string[] = ACTIVE_RULES.map((r) => r.id);

function sourceCode(content: string, filePath: string): SecretLintSourceCode {
  let lines: LineIndex | undefined;
  const index = (): LineIndex => (lines ??= new LineIndex(content));
  const ext = /\.[^./]*$/.exec(filePath)?.[0] ?? ".yaml";
  return {
    hasBOM: false,
    content,
    filePath,
    physicalFilePath: undefined,
    contentType: "text",
    ext,
    getFilePath: () => filePath,
    getPhysicalFilePath: () => undefined,
    // secretlint's positions: 1-based lines, 0-based columns.
    indexToPosition: (offset: number): SecretLintSourceNodePosition => {
      const p = index().position(offset);
      return { line: p.line, column: p.column - 1 };
    },
    positionToIndex: (pos: SecretLintSourceNodePosition) => index().offset(pos.line, pos.column + 1),
    rangeToLocation: ([start, end]): SecretLintSourceNodeLocation => {
      const a = index().position(start);
      const b = index().position(end);
      return { start: { line: a.line, column: a.column - 1 }, end: { line: b.line, column: b.column - 1 } };
    },
    locationToRange: (loc) => [
      index().offset(loc.start.line, loc.start.column + 1),
      index().offset(loc.end.line, loc.end.column + 1),
    ],
  };
}

/** Every secret the preset finds in `text`, in text order, duplicates removed. */
export function findSecrets(text: string, filePath: string): SecretFinding[] {
  if (!ANY_ANCHOR.test(text) && !mayHoldServiceAccountKey(text)) return [];
  const source = sourceCode(text, filePath);
  const found: SecretFinding[] = [...findServiceAccountKeys(text), ...findAwsSecretsEndingInSymbol(text)];
  sink = found;
  try {
    for (const rule of ACTIVE_RULES) {
      if (rule.anchor === NEVER || (rule.anchor && !rule.anchor.test(text))) continue;
      const pending = rule.handler.file?.(source);
      // No rule of the preset is asynchronous for a text file; if an upgrade makes one so, say it loudly.
      if (pending)
        throw new Error(`secretlint rule ${rule.id} became asynchronous; the synchronous scanner cannot run it`);
    }
  } finally {
    sink = [];
  }
  // Sorted by range (stably: the first report of a range stays first), a duplicate lies in the short run of
  // findings with its range, which only the few rules that match there report.
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  return found.filter((f, i) => {
    for (let k = i - 1; k >= 0; k--) {
      const before = found[k];
      if (!before || before.start !== f.start || before.end !== f.end) return true;
      if (before.ruleId === f.ruleId && before.messageId === f.messageId) return false;
    }
    return true;
  });
}

/** Secret findings as error diagnostics at the secret's position; the message names the kind, never the value. */
export function scanSecrets(text: string, file: string): Diagnostic[] {
  const findings = findSecrets(text, file);
  if (findings.length === 0) return [];
  const lines = new LineIndex(text);
  return findings.map((f) => {
    const label = secretLabel(f.ruleId, f.messageId);
    const start = lines.position(f.start);
    const end = lines.position(f.end);
    return diagnostic(
      file,
      { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
      "error",
      label.code,
      `${capitalise(label.what)} is written here (the value is not shown). Remove it from the file, revoke it, and keep it in a secret store instead.`,
    );
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
