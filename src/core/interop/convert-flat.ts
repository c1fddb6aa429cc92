// A flat NEXS MCP sample (`id`, `name`, `type`... at the top level, beside the type's own fields) → the element
// contract. A field moves when its meaning is the same (flat-fields.ts says which, and with what kind of value);
// everything else is kept under metadata.custom under its own name, never dropped. The pairs are moved, not
// copied, so the comments written beside them move along.
import { type Document, isMap, isScalar, isSeq, Pair } from "yaml";
import { isPlainObject, type PlainObject } from "../common/plain-object.js";
import type { ElementType } from "../element/types.js";
import { type ConversionNotes, emptyNotes } from "./conversion.js";
import {
  DATA_FIELDS,
  type FieldKind,
  FORMALITY,
  fits,
  METADATA_KEYS,
  METADATA_ORDER,
  TEMPLATE_FORMATS,
  TIMESTAMP_KEYS,
  VERBOSITY,
} from "./flat-fields.js";
import {
  type AnyPair,
  itemsOf,
  keyNode,
  keyOf,
  newMap,
  newSeq,
  pairsOf,
  renamed,
  takeLeadingComment,
  tight,
} from "./yaml-nodes.js";

const METADATA_NAMES: readonly string[] = [...METADATA_KEYS, ...TIMESTAMP_KEYS, "is_active"];

class FlatConversion {
  readonly notes: ConversionNotes = emptyNotes();
  private readonly metadata = new Map<string, AnyPair>();
  private readonly data: AnyPair[] = [];
  private readonly custom: AnyPair[] = [];

  constructor(
    private readonly value: PlainObject,
    private readonly type: ElementType,
  ) {}

  /** Every top-level pair, in file order, to where it belongs; `comment` was the file's first comment. */
  run(pairs: readonly AnyPair[], comment: string | undefined): AnyPair[] {
    for (const pair of pairs) this.place(pair);
    // A persona prompt names no type: recognition gave it one.
    if (this.value.type === undefined && !this.metadata.has("type")) {
      this.metadata.set("type", new Pair(keyNode("type"), this.type));
      this.notes.mapped.push({ from: "prompt_instructions (a persona prompt)", to: `metadata.type: ${this.type}` });
    }
    const metadata = tight(newMap(METADATA_ORDER.flatMap((key) => this.metadataPair(key))));
    const data = tight(newMap(this.data));
    const metadataKey = keyNode("metadata");
    metadataKey.commentBefore = comment;
    return [new Pair(metadataKey, metadata), new Pair(keyNode("data"), data)];
  }

  private metadataPair(key: string): AnyPair[] {
    if (key === "custom")
      return this.custom.length > 0 ? [new Pair(keyNode("custom"), tight(newMap(this.custom)))] : [];
    const pair = this.metadata.get(key);
    return pair ? [pair] : [];
  }

  private place(pair: AnyPair): void {
    const key = keyOf(pair);
    const plain = key === undefined ? undefined : this.value[key];
    const kind = key === undefined ? undefined : DATA_FIELDS[this.type][key];
    if (key === undefined) this.aside(pair, String(pair.key));
    else if (METADATA_NAMES.includes(key)) this.toMetadata(key, pair, key);
    else if (key === "status") this.status(pair, plain);
    else if (key === "metadata") this.nestedMetadata(pair);
    else if (this.special(key, pair, plain)) return;
    else if (kind && fits(kind, plain)) this.toData(key, pair, key, kind);
    else this.aside(pair, key);
  }

  private toMetadata(name: string, pair: AnyPair, from: string): void {
    if (this.metadata.has(name)) {
      this.aside(pair, from);
      return;
    }
    this.metadata.set(name, keyOf(pair) === name ? pair : renamed(pair, name));
    this.notes.mapped.push({ from, to: `metadata.${name}` });
  }

  /** `status: active` / `inactive` is is_active; any other status has no counterpart. */
  private status(pair: AnyPair, plain: unknown): void {
    if ((plain !== "active" && plain !== "inactive") || this.metadata.has("is_active")) {
      this.aside(pair, "status");
      return;
    }
    const active = new Pair(keyNode("is_active", pair.key), plain === "active");
    this.metadata.set("is_active", active);
    this.notes.mapped.push({ from: `status: ${plain}`, to: `metadata.is_active: ${plain === "active"}` });
  }

  /**
   * A flat sample's own `metadata`: its author, tags and timestamps are the element's (unless the top level has
   * them), the rest stays aside.
   */
  private nestedMetadata(pair: AnyPair): void {
    if (!isMap(pair.value)) {
      this.aside(pair, "metadata");
      return;
    }
    const rest: AnyPair[] = [];
    const nested = isPlainObject(this.value.metadata) ? this.value.metadata : {};
    for (const inner of pair.value.items) {
      const key = keyOf(inner);
      if (key === "author" && !Object.hasOwn(this.value, "author") && typeof nested.author === "string") {
        this.toMetadata("author", inner, "metadata.author");
      } else if (key !== undefined && !Object.hasOwn(this.value, key) && liftsFromNested(key, nested[key])) {
        this.toMetadata(key, inner, `metadata.${key}`);
      } else if (
        key === "format" &&
        this.type === "template" &&
        !Object.hasOwn(this.value, "format") &&
        fits({ kind: "enum", values: TEMPLATE_FORMATS }, nested.format)
      ) {
        this.data.push(inner);
        this.notes.mapped.push({ from: "metadata.format", to: "data.format" });
      } else rest.push(inner);
    }
    if (rest.length === 0) return;
    pair.value.items = rest;
    this.custom.push(pair);
    this.notes.keptAside.push({
      from: rest.map((p) => `metadata.${keyOf(p) ?? "?"}`).join(", "),
      to: "metadata.custom.metadata",
    });
  }

  /** Fields under another name, or in another form, with the same meaning. */
  private special(key: string, pair: AnyPair, plain: unknown): boolean {
    const has = (name: string) => Object.hasOwn(this.value, name);
    const strings = fits({ kind: "strings" }, plain);
    switch (`${this.type}.${key}`) {
      case "persona.expertise":
        return !has("expertise_areas") && strings && this.wrapStrings(pair, "expertise_areas", "domain");
      case "persona.traits":
        return !has("behavioral_traits") && strings && this.wrapStrings(pair, "behavioral_traits", "name");
      case "persona.prompt_instructions":
        return (
          !has("system_prompt") &&
          typeof plain === "string" &&
          this.toData("system_prompt", pair, key, { kind: "string" })
        );
      case "persona.communication_style":
        return !has("response_style") && isMap(pair.value) && this.responseStyle(pair);
      case "skill.triggers":
        return strings && this.keywordTrigger(pair);
      case "skill.procedure":
        return !has("procedures") && this.entriesFrom(pair, "procedures", plain);
      case "agent.skills":
        return !has("related_skills") && strings && this.toData("related_skills", pair, "skills", { kind: "strings" });
      default:
        return false;
    }
  }

  private toData(name: string, pair: AnyPair, from: string, kind: FieldKind): true {
    if (kind.kind === "entries") return this.splitEntries(pair, name, from, kind.keys);
    this.data.push(keyOf(pair) === name ? pair : renamed(pair, name));
    this.notes.mapped.push({ from, to: `data.${name}` });
    return true;
  }

  private entriesFrom(pair: AnyPair, name: string, plain: unknown): boolean {
    const kind = DATA_FIELDS[this.type][name];
    if (!kind || !fits(kind, plain)) return false;
    return this.toData(name, pair, keyOf(pair) ?? name, kind);
  }

  /** A list of mappings: the contract's keys of each entry go to data, the others aside (entry by entry). */
  private splitEntries(pair: AnyPair, name: string, from: string, keys: readonly string[]): true {
    const entries = itemsOf(pair.value);
    const extra = new Set<string>();
    const kept = entries.map((entry) => {
      const known: AnyPair[] = [];
      const other: AnyPair[] = [];
      for (const inner of pairsOf(entry)) {
        const key = keyOf(inner);
        if (key !== undefined && keys.includes(key)) known.push(inner);
        else {
          other.push(inner);
          extra.add(key ?? "?");
        }
      }
      return { entry, known, other };
    });
    if (extra.size === 0) return this.toData(name, pair, from, { kind: "mapping" });
    const data = newSeq(kept.map(({ entry, known }) => withComments(newMap(known), entry)));
    this.data.push(new Pair(keyNode(name, pair.key), data));
    this.notes.mapped.push({ from, to: `data.${name}` });
    this.custom.push(new Pair(keyNode(from), newSeq(kept.map(({ other }) => newMap(other)))));
    this.notes.keptAside.push({
      from: [...extra].map((k) => `${from}[].${k}`).join(", "),
      to: `metadata.custom.${from} (entry by entry)`,
    });
    return true;
  }

  /** A list of strings whose entries are mappings in the contract: each string becomes the entry's `field`. */
  private wrapStrings(pair: AnyPair, name: string, field: string): true {
    const items = itemsOf(pair.value).map((item) => newMap([new Pair(keyNode(field), item)]));
    this.data.push(new Pair(keyNode(name, pair.key), newSeq(items)));
    this.notes.mapped.push({ from: keyOf(pair) ?? name, to: `data.${name}[].${field}` });
    return true;
  }

  /** Trigger phrases: the contract's keyword trigger, with the phrases as its keywords. */
  private keywordTrigger(pair: AnyPair): true {
    const trigger = newMap([new Pair(keyNode("type"), "keyword"), new Pair(keyNode("keywords"), pair.value)]);
    this.data.push(new Pair(keyNode("triggers", pair.key), newSeq([trigger])));
    this.notes.mapped.push({ from: "triggers", to: "data.triggers[0] (type: keyword, keywords: the phrases)" });
    return true;
  }

  /** communication_style's keys that mean the same as response_style's (with allowed values); the rest aside. */
  private responseStyle(pair: AnyPair): true {
    const style = isPlainObject(this.value.communication_style) ? this.value.communication_style : {};
    const allowed: Readonly<Record<string, FieldKind>> = {
      tone: { kind: "string" },
      formality: { kind: "enum", values: FORMALITY },
      verbosity: { kind: "enum", values: VERBOSITY },
      perspective: { kind: "string" },
      characteristics: { kind: "strings" },
    };
    const known: AnyPair[] = [];
    const other: AnyPair[] = [];
    for (const inner of pairsOf(pair.value)) {
      const key = keyOf(inner);
      const kind = key === undefined ? undefined : allowed[key];
      if (key !== undefined && kind && fits(kind, style[key])) known.push(inner);
      else other.push(inner);
    }
    if (known.length > 0) {
      this.data.push(new Pair(keyNode("response_style", pair.key), newMap(known)));
      this.notes.mapped.push({
        from: known.map((p) => `communication_style.${keyOf(p) ?? "?"}`).join(", "),
        to: "data.response_style",
      });
    }
    if (other.length > 0) {
      this.custom.push(
        new Pair(keyNode("communication_style", known.length > 0 ? undefined : pair.key), newMap(other)),
      );
      this.notes.keptAside.push({
        from: other.map((p) => `communication_style.${keyOf(p) ?? "?"}`).join(", "),
        to: "metadata.custom.communication_style",
      });
    }
    return true;
  }

  private aside(pair: AnyPair, from: string): void {
    this.custom.push(pair);
    this.notes.keptAside.push({ from, to: `metadata.custom.${keyOf(pair) ?? from}` });
  }
}

function withComments<T extends { commentBefore?: string | null | undefined; comment?: string | null | undefined }>(
  target: T,
  like: unknown,
): T {
  if (isMap(like) || isSeq(like) || isScalar(like)) {
    target.commentBefore = like.commentBefore;
    target.comment = like.comment;
  }
  return target;
}

/** Edits `document` (a flat sample of `type`) into the contract's shape; `value` is its plain data. */
export function convertFlatDocument(document: Document, value: PlainObject, type: ElementType): ConversionNotes {
  const comment = takeLeadingComment(document);
  const root = document.contents;
  const conversion = new FlatConversion(value, type);
  if (isMap(root)) root.items = conversion.run(root.items, comment);
  return conversion.notes;
}

/** Whether a key of a flat sample's own metadata is the contract's metadata field, with a value of its kind. */
function liftsFromNested(key: string, value: unknown): boolean {
  if (key === "tags") return fits({ kind: "strings" }, value);
  return TIMESTAMP_KEYS.some((k) => k === key) && typeof value === "string";
}
