import { CORE_SCHEMA, load } from "js-yaml";
import { isJsonObject, type JsonObject } from "../sync/json-decode.js";
import { MAX_FLOW_DEPTH, MAX_YAML_BYTES } from "../sync/yaml-text.js";

/**
 * The plain value of an element file, parsed with js-yaml (about six times faster than `yaml`, which
 * matters when a repository loads thousands of files). The core schema reads the same YAML 1.2 values as
 * `yaml` (no timestamps, no merge keys); unknown tags and duplicate keys are errors. Updates still edit the
 * file through `yaml`'s Document, parsed only when a file is changed.
 */
export function readYamlValue(text: string): { ok: true; value: JsonObject } | { ok: false; problem: string } {
  if (text.length > MAX_YAML_BYTES) return { ok: false, problem: `the file is larger than ${MAX_YAML_BYTES} bytes` };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) return { ok: false, problem: `nesting deeper than ${MAX_FLOW_DEPTH}` };
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  try {
    const value: unknown = load(text, { schema: CORE_SCHEMA });
    return isJsonObject(value) ? { ok: true, value } : { ok: false, problem: "the top level is not a mapping" };
  } catch (error) {
    const message = error instanceof Error ? error.message : "unreadable YAML";
    return { ok: false, problem: message.split("\n")[0] ?? message };
  }
}
