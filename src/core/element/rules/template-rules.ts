// Template rules beyond the schema: unique variables, required-with-default, and {{name}} usage.
import type { Position } from "../../diagnostic/diagnostic.js";
import { LineIndex } from "../../scan/line-index.js";
import { type ElementRule, entries, type RuleContext, text } from "./rule-context.js";

const USE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export const uniqueVariables: ElementRule = (c) => {
  const seen = new Map<string, number>();
  entries(c.data.variables).forEach((variable, i) => {
    const name = text(variable, "name");
    if (name === undefined) return;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, i);
    else {
      c.report(
        ["data", "variables", i, "name"],
        "value",
        "error",
        "template/duplicate-variable",
        `variable ${c.show(name)} is declared twice (data.variables[${first}] and [${i}]); each name once`,
      );
    }
  });
};

export const requiredWithDefault: ElementRule = (c) => {
  entries(c.data.variables).forEach((variable, i) => {
    if (variable.required === true && Object.hasOwn(variable, "default")) {
      c.report(
        ["data", "variables", i, "default"],
        "key",
        "warning",
        "template/required-with-default",
        `data.variables[${i}] is required and also has a default, which will never be used; drop one of them`,
      );
    }
  });
};

export const variableUsage: ElementRule = (c) => {
  const content = text(c.data, "content") ?? "";
  const used = new Set<string>();
  for (const match of content.matchAll(USE)) if (match[1]) used.add(match[1]);
  const declared = new Set<string>();
  entries(c.data.variables).forEach((variable, i) => {
    const name = text(variable, "name");
    if (name === undefined) return;
    declared.add(name);
    if (!used.has(name)) {
      c.report(
        ["data", "variables", i, "name"],
        "value",
        "warning",
        "template/unused-variable",
        `variable ${c.show(name)} is declared but {{${name}}} never appears in data.content`,
      );
    }
  });
  const undeclared: string[] = [];
  for (const name of used) if (!declared.has(name)) undeclared.push(name);
  if (undeclared.length === 0) return;
  const contentAt = c.source.locate(["data", "content"], "value");
  const { lines, places } = placesInContent(c, contentAt, new Set(undeclared));
  // In position order, as the report lists them: the names found only at the content first, then the others as
  // they appear (every verbatim `{{name}}` lies after the content's start).
  const ordered: { name: string; span?: Span }[] = undeclared
    .filter((name) => !places.has(name))
    .map((name) => ({ name }));
  for (const [name, span] of places) ordered.push({ name, span });
  c.reportEach(
    ordered,
    { severity: "warning", code: "template/undeclared-variable" },
    ({ span }) => (span ? spanPosition(lines, span) : contentAt),
    ({ name }) =>
      `${c.show(`{{${name}}}`)} is used in data.content but not declared in data.variables; declare it or remove it`,
  );
};

type Span = readonly [start: number, end: number];

function spanPosition(lines: LineIndex, [from, to]: Span): Position {
  const at = lines.position(from);
  const end = lines.position(to);
  return { line: at.line, column: at.column, endLine: end.line, endColumn: end.column };
}

/**
 * Where each name's first `{{name}}` appears verbatim in the file after the content starts, in the order they
 * appear (a name written differently, with escapes say, is reported at the content). One pass over the text for
 * all the names: a search per name would make a template with thousands of undeclared names quadratic.
 */
function placesInContent(
  c: RuleContext,
  start: Position,
  names: ReadonlySet<string>,
): { lines: LineIndex; places: Map<string, Span> } {
  const { text } = c.source;
  const lines = new LineIndex(text);
  const places = new Map<string, Span>();
  // The first match of USE for a name is where a search for that name alone would stop: no match of USE can
  // overlap the start of another, as nothing between its braces is a brace.
  const use = new RegExp(USE.source, "g");
  use.lastIndex = lines.offset(start.line, start.column);
  for (let found = use.exec(text); found && places.size < names.size; found = use.exec(text)) {
    const name = found[1];
    if (name === undefined || !names.has(name) || places.has(name)) continue;
    places.set(name, [found.index, found.index + found[0].length]);
  }
  return { lines, places };
}

export const TEMPLATE_RULES: readonly ElementRule[] = [uniqueVariables, requiredWithDefault, variableUsage];
