// Element files in the two shapes NEXS MCP users already have, recognised so that validate says what they are and
// which command converts them, in one finding, instead of one finding per key:
//
// - the NEXS MCP server's own files: `{metadata, data}`, but its metadata struct has only JSON tags, so its YAML
//   encoder writes the lower-cased Go field names (`isactive`, `createdat`, `updatedat`), and leaves `data` out
//   when it is empty;
// - the flat samples of the NEXS MCP repository: `id`, `name`, `type`... at the top level, beside the type's own
//   fields; its free-form persona prompts have neither id nor type, only a name and `prompt_instructions`.
//
// Recognition runs only on a file that already failed (the top-level check, or the schema): the fast path is not
// touched.
import { isPlainObject } from "../common/plain-object.js";
import { type Diagnostic, diagnostic, type Position } from "../diagnostic/diagnostic.js";
import type { NodePath } from "./source.js";
import { type ElementType, isElementType } from "./types.js";

export type ForeignShape = "nexs-server" | "flat";

/** The server's lower-cased metadata keys and the contract's names for them. */
export const SERVER_METADATA_KEYS: Readonly<Record<string, string>> = {
  isactive: "is_active",
  createdat: "created_at",
  updatedat: "updated_at",
};

export interface ForeignRecognition {
  shape: ForeignShape;
  /** The element type the file declares, when it names one. */
  type: ElementType | undefined;
  /** The keys that gave the shape away, in file order. */
  keys: string[];
  /** Where the finding points: the first of those keys. */
  at: NodePath;
}

/** The shape of a parsed document that is not an element file but one of the NEXS MCP shapes, if it is one. */
export function recognizeForeignShape(value: unknown): ForeignRecognition | undefined {
  if (!isPlainObject(value)) return undefined;
  const top = Object.keys(value);
  const metadata = value.metadata;
  // The server's file: metadata (and data, unless empty) and nothing else, with the lower-cased keys.
  if (isPlainObject(metadata) && top.every((k) => k === "metadata" || k === "data")) {
    const keys = Object.keys(metadata).filter((k) => Object.hasOwn(SERVER_METADATA_KEYS, k));
    const first = keys[0];
    if (first === undefined) return undefined;
    return { shape: "nexs-server", type: typeOf(metadata.type), keys, at: ["metadata", first] };
  }
  // A flat sample: an element type and an id or name at the top level, no data mapping; or, with no type, a
  // persona prompt (a name and the prompt under prompt_instructions).
  if (Object.hasOwn(value, "data")) return undefined;
  const promptOnly = value.type === undefined && typeof value.prompt_instructions === "string";
  const type = promptOnly ? "persona" : typeOf(value.type);
  if (type === undefined) return undefined;
  if (typeof value.id !== "string" && typeof value.name !== "string") return undefined;
  const keys = top.filter((k) => k !== "metadata");
  return { shape: "flat", type, keys, at: [keys[0] ?? "type"] };
}

function typeOf(value: unknown): ElementType | undefined {
  return isElementType(value) ? value : undefined;
}

/** The one finding a foreign file gets: what it is, and the command that converts it. */
export function foreignShapeDiagnostic(file: string, recognition: ForeignRecognition, at: Position): Diagnostic {
  const command = `nexs-publish import ${shellWord(file)}`;
  const what = recognition.type ? `${recognition.type} ` : "";
  if (recognition.shape === "nexs-server") {
    const keys = recognition.keys.join(", ");
    return diagnostic(
      file,
      at,
      "error",
      "structure/nexs-server-format",
      `this ${what}file is in the NEXS MCP server's own format (metadata keys ${keys} instead of ` +
        `${recognition.keys.map((k) => SERVER_METADATA_KEYS[k] ?? k).join(", ")}); convert it with: ${command}`,
    );
  }
  if (!recognition.keys.includes("type"))
    return diagnostic(
      file,
      at,
      "error",
      "structure/flat-format",
      `this file is a NEXS MCP persona prompt (a name and prompt_instructions at the top level, no type, nothing ` +
        `under metadata and data); convert it with: ${command}`,
    );
  return diagnostic(
    file,
    at,
    "error",
    "structure/flat-format",
    `this ${what}file is a flat NEXS MCP sample (${recognition.keys.length} keys such as id, name and type at the ` +
      `top level, not under metadata and data); convert it with: ${command}`,
  );
}

/** A path as one shell word: as it is when that is safe, else in single quotes. */
export function shellWord(text: string): string {
  if (/^[A-Za-z0-9_./@%+=:,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
