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
  const places = placesInContent(c, new Set(undeclared));
  for (const name of undeclared) {
    const message = `${c.show(`{{${name}}}`)} is used in data.content but not declared in data.variables; declare it or remove it`;
    const at = places.get(name);
    if (at) c.reportAt(at, "warning", "template/undeclared-variable", message);
    else c.report(["data", "content"], "value", "warning", "template/undeclared-variable", message);
  }
};

/**
 * Where each name's first `{{name}}` appears verbatim in the file after the content starts (a name written
 * differently, with escapes say, is reported at the content). One pass over the text for all the names: a search
 * per name would make a template with thousands of undeclared names quadratic.
 */
function placesInContent(c: RuleContext, names: ReadonlySet<string>): Map<string, Position> {
  const start = c.source.locate(["data", "content"], "value");
  const { text } = c.source;
  const lines = new LineIndex(text);
  const places = new Map<string, Position>();
  // The first match of USE for a name is where a search for that name alone would stop: no match of USE can
  // overlap the start of another, as nothing between its braces is a brace.
  const use = new RegExp(USE.source, "g");
  use.lastIndex = lines.offset(start.line, start.column);
  for (let found = use.exec(text); found && places.size < names.size; found = use.exec(text)) {
    const name = found[1];
    if (name === undefined || !names.has(name) || places.has(name)) continue;
    const at = lines.position(found.index);
    const end = lines.position(found.index + found[0].length);
    places.set(name, { line: at.line, column: at.column, endLine: end.line, endColumn: end.column });
  }
  return places;
}

export const TEMPLATE_RULES: readonly ElementRule[] = [uniqueVariables, requiredWithDefault, variableUsage];
