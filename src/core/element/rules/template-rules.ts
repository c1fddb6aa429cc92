// Template rules beyond the schema: unique variables, required-with-default, and {{name}} usage.
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
  for (const name of used) {
    if (declared.has(name)) continue;
    reportInContent(
      c,
      name,
      `${c.show(`{{${name}}}`)} is used in data.content but not declared in data.variables; declare it or remove it`,
    );
  }
};

/** Report at the `{{name}}` itself when it appears verbatim in the file after the content starts. */
function reportInContent(c: RuleContext, name: string, message: string): void {
  const start = c.source.locate(["data", "content"], "value");
  const lines = new LineIndex(c.source.text);
  const from = lines.offset(start.line, start.column);
  const found = new RegExp(`\\{\\{\\s*${name}\\s*\\}\\}`).exec(c.source.text.slice(from));
  if (!found) {
    c.report(["data", "content"], "value", "warning", "template/undeclared-variable", message);
    return;
  }
  const at = lines.position(from + found.index);
  const end = lines.position(from + found.index + found[0].length);
  c.reportAt(
    { line: at.line, column: at.column, endLine: end.line, endColumn: end.column },
    "warning",
    "template/undeclared-variable",
    message,
  );
}

export const TEMPLATE_RULES: readonly ElementRule[] = [uniqueVariables, requiredWithDefault, variableUsage];
