import type { Diagnostic, Severity } from "../diagnostic/diagnostic.js";
import { DIAGNOSTIC_CODES } from "../element/codes.js";
import { redactText } from "../redact/redactor.js";
import { TOOL } from "./tool.js";

// SARIF 2.1.0 as GitHub code scanning reads it: only the properties this tool fills in.
export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: [SarifRun];
}
interface SarifRun {
  tool: { driver: SarifDriver };
  invocations: [{ executionSuccessful: true; toolExecutionNotifications?: [SarifNotification] }];
  columnKind: "utf16CodeUnits";
  results: SarifResult[];
}
interface SarifDriver {
  name: string;
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
}
interface SarifNotification {
  level: "warning";
  message: { text: string };
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: "error" | "warning" | "note";
  message: { text: string };
  locations: [
    {
      physicalLocation: {
        artifactLocation: { uri: string; uriBaseId: "%SRCROOT%" };
        region: SarifRegion;
      };
    },
  ];
}
interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifOptions {
  tool: { name: string; version: string; informationUri: string };
  /** Diagnostic code → one-line meaning (DIAGNOSTIC_CODES): every known code becomes a rule. */
  meanings: Readonly<Record<string, string>>;
  /** GitHub rejects a run with more than 25,000 results. */
  maxResults?: number;
  /** Why results beyond maxResults are left out, as the run's notification says it. */
  limit?: string;
}

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/**
 * Code scanning's documented hard limits: 25,000 results per run, and 10 MB per uploaded (gzip-compressed) SARIF
 * file. The text itself is kept under 10 MB, so that it passes however it is uploaded.
 */
export const GITHUB_MAX_RESULTS = 25_000;
export const GITHUB_MAX_SARIF_BYTES = 10_000_000;
const RESULTS_LIMIT = `code scanning accepts at most ${GITHUB_MAX_RESULTS} results per run`;
const SIZE_LIMIT = `code scanning accepts a SARIF file of at most ${GITHUB_MAX_SARIF_BYTES / 1_000_000} MB`;
const LEVEL: Record<Severity, SarifResult["level"]> = { error: "error", warning: "warning", info: "note" };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Diagnostics as one SARIF run; `file`s must already be relative to the repository root. */
export function toSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): SarifLog {
  const codes = [...new Set([...Object.keys(options.meanings), ...diagnostics.map((d) => d.code)])].sort();
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const rules = codes.map(
    (id): SarifRule => ({ id, name: ruleName(id), shortDescription: { text: options.meanings[id] ?? id } }),
  );

  const max = options.maxResults ?? GITHUB_MAX_RESULTS;
  // When there are too many, keep the most severe: a dropped warning matters less than a dropped error.
  const kept =
    diagnostics.length > max
      ? [...diagnostics].sort((a, b) => RANK[a.severity] - RANK[b.severity]).slice(0, max)
      : diagnostics;
  const results = kept.map(
    (d): SarifResult => ({
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code) ?? 0,
      level: LEVEL[d.severity],
      message: { text: d.message || d.code },
      locations: [
        {
          physicalLocation: {
            // Redacted before it is percent-encoded: encoded, a secret in a path no longer looks like one.
            artifactLocation: { uri: fileUri(redactText(d.file)), uriBaseId: "%SRCROOT%" },
            region: region(d),
          },
        },
      ],
    }),
  );

  const dropped = diagnostics.length - kept.length;
  const invocation: SarifRun["invocations"][0] = { executionSuccessful: true };
  if (dropped > 0) {
    invocation.toolExecutionNotifications = [
      {
        level: "warning",
        message: {
          text: `${dropped} more results not included: ${options.limit ?? RESULTS_LIMIT}; the ${kept.length} included are the most severe of ${diagnostics.length}`,
        },
      },
    ];
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { ...options.tool, semanticVersion: options.tool.version, rules } },
        invocations: [invocation],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

/**
 * A relative URI reference: each `/`-separated segment percent-encoded (spaces, `#`, `%`, `?`, `\`). Paths arrive
 * through displayPath, which already turned Windows separators into `/`; a backslash left here is part of a
 * POSIX file name and is encoded, not taken for a separator.
 */
export function fileUri(file: string): string {
  // A lone surrogate would make encodeURIComponent throw (String#toWellFormed is ES2024).
  const wellFormed = file.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return wellFormed.split("/").map(encodeURIComponent).join("/");
}

/** `schema/required` → `SchemaRequired`: SARIF rule names are identifiers, ids keep the slash. */
function ruleName(code: string): string {
  return code
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
}

function region(d: Diagnostic): SarifRegion {
  const start: SarifRegion = { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) };
  const { endLine, endColumn } = d;
  // An end before the start makes the whole file invalid for code scanning: drop it rather than guess.
  if (endLine === undefined || endColumn === undefined) return start;
  if (endLine < start.startLine || (endLine === start.startLine && endColumn < start.startColumn)) return start;
  return { ...start, endLine, endColumn };
}

/** The SARIF file written for code scanning: how many results it holds of how many findings. */
export interface SarifOutput {
  text: string;
  results: number;
  total: number;
}

/**
 * nexs-publish's findings as a SARIF file that code scanning accepts: at most 25,000 results, and fewer when
 * they would make the file larger than `maxBytes` (the run's notification then names that limit).
 */
export function sarifOutput(diagnostics: readonly Diagnostic[], maxBytes = GITHUB_MAX_SARIF_BYTES): SarifOutput {
  const options = { tool: TOOL, meanings: DIAGNOSTIC_CODES };
  let maxResults = Math.min(diagnostics.length, GITHUB_MAX_RESULTS);
  let limit = RESULTS_LIMIT;
  for (;;) {
    const log = toSarif(diagnostics, { ...options, maxResults, limit });
    // The sinks' redaction pass (../redact/redactor.ts): the file goes to code scanning as it is.
    const text = redactText(`${JSON.stringify(log, null, 2)}\n`);
    const bytes = Buffer.byteLength(text, "utf8");
    const results = log.runs[0].results.length;
    if (bytes <= maxBytes || results === 0) return { text, results, total: diagnostics.length };
    // Results are of similar size: scale the count down to fit, by at least one each time, so this ends.
    maxResults = Math.min(results - 1, Math.floor((results * maxBytes * 0.97) / bytes));
    limit = maxBytes === GITHUB_MAX_SARIF_BYTES ? SIZE_LIMIT : `the SARIF file is kept under ${maxBytes} bytes`;
  }
}

/** The SARIF log of nexs-publish's findings as the file text written for code scanning. */
export function sarifText(diagnostics: readonly Diagnostic[]): string {
  return sarifOutput(diagnostics).text;
}
