export const id = 326;
export const ids = [326];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseArgsOrExplain)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);


/**
 * node:util's parseArgs, its error turned into a usage error of one line (it explains well: "Unknown option").
 * A value flag given twice is refused too (parseArgs keeps the last silently), unless it is declared `multiple`.
 */
function parseArgsOrExplain(config) {
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
        refuseRepeatedValues(config);
        return parsed;
    }
    catch (error) {
        if (error instanceof _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
            throw error;
        const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
        // Node appends advice on "--" to an unknown option, ending in a stray quote: the first sentence is enough.
        const unknown = /^Unknown option '[^']*'/.exec(message);
        throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(unknown ? `${unknown[0]} (see --help)` : message || "bad arguments");
    }
}
/** Read once more for its tokens (the strict parse above has passed): which value flag came twice. */
function refuseRepeatedValues(config) {
    const options = config.options ?? {};
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: config.args ?? [],
        options,
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const seen = new Set();
    for (const token of tokens) {
        if (token.kind !== "option" || token.value === undefined || options[token.name]?.multiple === true)
            continue;
        if (seen.has(token.name))
            throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${token.rawName} was given twice: give it once (see --help)`);
        seen.add(token.name);
    }
}


/***/ }),

/***/ 5169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  help: () => (/* binding */ help),
  run: () => (/* binding */ run),
  summary: () => (/* binding */ summary)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/element/source.ts
var source = __webpack_require__(9588);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/repository/element-record.ts
var element_record = __webpack_require__(4612);
// EXTERNAL MODULE: ./src/core/repository/file-layout.ts
var file_layout = __webpack_require__(1871);
// EXTERNAL MODULE: ./src/core/repository/file-set.ts
var file_set = __webpack_require__(8353);
;// CONCATENATED MODULE: ./src/core/interop/apply-import.ts
// Writing what planImport converted: in place (each file replaced by its conversion), or into a directory through
// the file element repository (`<type>/<created YYYY-MM-DD>/<id>.yaml`). Either way all or nothing: a failed write
// puts back what this run had written, and ends in one RepositoryError.




/** Writes the converted files (none when `dryRun`); the outcome of each file, in plan order. */
async function applyImport(plan, target, dryRun) {
    return target.kind === "in-place" ? inPlace(plan, target.paths, dryRun) : into(plan, target.repository, dryRun);
}
async function inPlace(plan, paths, dryRun) {
    const outcomes = plan.map((entry) => {
        const path = paths.get(entry.file);
        if (entry.outcome !== "converted" || entry.text === undefined || path === undefined)
            return { action: "left-alone" };
        return { action: entry.unchanged ? "unchanged" : "updated", path: entry.file };
    });
    if (dryRun)
        return outcomes;
    const files = plan.flatMap((entry, i) => {
        const path = paths.get(entry.file);
        return outcomes[i]?.action === "updated" && entry.text !== undefined && path !== undefined
            ? [{ path, text: entry.text }]
            : [];
    });
    await (0,file_set/* writeFileSet */.yb)(files);
    return outcomes;
}
async function into(plan, repository, dryRun) {
    const outcomes = [];
    const creates = [];
    const updates = [];
    const seen = new Set();
    for (const entry of plan) {
        if (entry.outcome !== "converted" || entry.text === undefined) {
            outcomes.push({ action: "left-alone" });
            continue;
        }
        const { element } = entry;
        if (!element) {
            const reason = entry.unstorable ?? "it is not a complete element";
            outcomes.push({ action: "not-stored", reason });
            continue;
        }
        const id = element.metadata.id;
        if (seen.has(id)) {
            outcomes.push({ action: "not-stored", reason: `another file of this import has the id "${id}"` });
            continue;
        }
        seen.add(id);
        const path = (0,file_layout/* elementFilePath */.qb)(element);
        const before = await repository.getById(id);
        if (!before) {
            creates.push({ element, text: entry.text });
            outcomes.push({ action: "created", path });
        }
        else if ((0,external_node_util_.isDeepStrictEqual)((0,element_record/* plainElement */.Je)(before), (0,element_record/* plainElement */.Je)(element))) {
            outcomes.push({ action: "unchanged", path });
        }
        else {
            updates.push({ element, before });
            outcomes.push({ action: "updated", path });
        }
    }
    if (dryRun)
        return outcomes;
    const created = await repository.batchCreate(creates.map((c) => c.element), creates.map((c) => c.text));
    const done = [];
    try {
        for (const update of updates) {
            await repository.update(update.element.metadata.id, update.element);
            done.push(update);
        }
    }
    catch (error) {
        // Put back what this run wrote, so a failure leaves the directory as it was.
        for (const update of done.reverse())
            await repository.update(update.element.metadata.id, update.before).catch(() => { });
        for (const element of created)
            await repository.delete(element.metadata.id).catch(() => false);
        throw error;
    }
    return outcomes;
}

// EXTERNAL MODULE: ./src/core/common/plural.ts
var plural = __webpack_require__(2695);
// EXTERNAL MODULE: ./src/core/report/human.ts
var human = __webpack_require__(6951);
;// CONCATENATED MODULE: ./src/core/interop/import-report.ts
// The import report a person reads: per file what it was, where it went, what was mapped, what was kept aside,
// what still needs a person and what validate still finds; then a tally. Every text from the files is shown on one
// line with control characters escaped (it could otherwise forge output lines).


function importTally(plan, outcomes, unread) {
    let converted = 0;
    let written = 0;
    let leftAlone = 0;
    let needPerson = 0;
    let failed = unread > 0;
    plan.forEach((entry, i) => {
        const outcome = outcomes[i];
        if (entry.outcome !== "converted") {
            leftAlone++;
            if (entry.outcome !== "element")
                failed = true;
            return;
        }
        converted++;
        if (outcome?.action === "created" || outcome?.action === "updated")
            written++;
        if (outcome?.action === "not-stored")
            failed = true;
        if (entry.needsPerson.length > 0 || remaining(entry).some((d) => d.severity === "error")) {
            needPerson++;
            failed = true;
        }
    });
    return { converted, written, leftAlone, unread, needPerson, failed };
}
function formatImportReport(plan, outcomes, options) {
    const lines = [];
    plan.forEach((entry, i) => {
        lines.push(...fileLines(entry, outcomes[i] ?? { action: "left-alone" }, options));
    });
    const t = importTally(plan, outcomes, options.unread);
    const verb = options.dryRun ? "would be written" : "written";
    // The parts add up to the files: converted + left alone + not read.
    const unreadText = t.unread > 0 ? `, ${t.unread} not read` : "";
    const tally = `${(0,plural/* countOf */.p)(plan.length + t.unread, "file")}: ${t.converted} converted (${t.written} ${verb}), ` +
        `${t.leftAlone} left alone${unreadText}; ` +
        `${(0,plural/* countOf */.p)(t.needPerson, "file needs", "files need")} a person`;
    lines.push(`${t.failed ? "✖" : "✔"} ${tally}${options.dryRun ? " (dry run: nothing was written)" : ""}`);
    return `${lines.join("\n")}\n`;
}
function fileLines(entry, outcome, options) {
    const file = (0,human/* oneLine */.T)(entry.file);
    switch (entry.outcome) {
        case "element":
            return [`${file}: already an element file; left alone`];
        case "neither":
            return [`${file}: neither a NEXS MCP server file nor a flat sample (nor an element file); left alone`];
        case "unreadable": {
            const first = entry.diagnostics[0];
            const why = first ? `${first.code} at ${first.line}:${first.column}: ${(0,human/* oneLine */.T)(first.message)}` : "unreadable";
            return [`${file}: not readable YAML (${why}); left alone`];
        }
        case "converted":
            break;
    }
    const shape = entry.shape === "nexs-server" ? "NEXS MCP server file" : "flat sample";
    const lines = [`${file}: ${shape}${entry.type ? ` (${entry.type})` : ""} → ${where(outcome, options)}`];
    const list = (label, moves) => {
        // Keys that only moved under metadata, keeping their name, are one entry: the others are worth reading.
        const same = moves.filter((m) => m.to === `metadata.${m.from}`).map((m) => m.from);
        const texts = moves.filter((m) => m.to !== `metadata.${m.from}`).map((m) => `${m.from} → ${m.to}`);
        if (same.length > 0)
            texts.unshift(`${same.join(", ")} → metadata (same names)`);
        if (texts.length > 0)
            lines.push(`  ${label}: ${texts.map(human/* oneLine */.T).join("; ")}`);
    };
    if (entry.renamed)
        lines.push(`  id renamed: ${(0,human/* oneLine */.T)(entry.renamed.from)} → ${(0,human/* oneLine */.T)(entry.renamed.to)}`);
    list("mapped", entry.notes.mapped);
    list("kept aside", entry.notes.keptAside);
    for (const note of entry.notes.notes)
        lines.push(`  note: ${(0,human/* oneLine */.T)(note)}`);
    if (entry.needsPerson.length > 0)
        lines.push(`  needs a person: ${entry.needsPerson.map(human/* oneLine */.T).join(", ")}`);
    for (const d of remaining(entry))
        lines.push(`  ${d.severity} ${d.code} at ${d.line}:${d.column} of the converted file: ${(0,human/* oneLine */.T)(d.message)}`);
    if (entry.needsPerson.length === 0 && !remaining(entry).some((d) => d.severity === "error"))
        lines.push("  passes validate");
    return lines;
}
/** What validate finds in the converted file besides the missing fields already listed. */
function remaining(entry) {
    return entry.diagnostics.filter((d) => d.code !== "schema/required");
}
function where(outcome, options) {
    const would = options.dryRun ? "would be " : "";
    switch (outcome.action) {
        case "created":
            return `${(0,human/* oneLine */.T)(options.show(outcome.path))} (${would}created)`;
        case "updated":
            return `${(0,human/* oneLine */.T)(options.show(outcome.path))} (${would}rewritten)`;
        case "unchanged":
            return `${(0,human/* oneLine */.T)(options.show(outcome.path))} (unchanged)`;
        case "not-stored":
            return `not written: ${(0,human/* oneLine */.T)(outcome.reason)}; complete the source file and import it again`;
        case "left-alone":
            return "left alone";
    }
}

// EXTERNAL MODULE: ./src/core/common/plain-object.ts
var plain_object = __webpack_require__(8129);
// EXTERNAL MODULE: ./src/core/element/foreign-shape.ts
var foreign_shape = __webpack_require__(472);
// EXTERNAL MODULE: ./src/core/element/identity.ts
var identity = __webpack_require__(364);
// EXTERNAL MODULE: ./src/core/element/node-path.ts
var node_path = __webpack_require__(9864);
// EXTERNAL MODULE: ./src/core/element/parse.ts + 13 modules
var parse = __webpack_require__(9252);
// EXTERNAL MODULE: ./src/core/element/schemas.ts + 8 modules
var schemas = __webpack_require__(353);
// EXTERNAL MODULE: ./src/core/element/types.ts
var types = __webpack_require__(6401);
// EXTERNAL MODULE: ./src/core/element/validate-sources.ts
var validate_sources = __webpack_require__(4227);
// EXTERNAL MODULE: ./src/core/sync/yaml-text.ts
var yaml_text = __webpack_require__(646);
;// CONCATENATED MODULE: ./src/core/interop/conversion.ts
function emptyNotes() {
    return { mapped: [], keptAside: [], notes: [] };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/interop/flat-fields.ts
const STRING = { kind: "string" };
const STRINGS = { kind: "strings" };
const MAPPING = { kind: "mapping" };
const BOOLEAN = { kind: "boolean" };
const entries = (...keys) => ({ kind: "entries", keys });
const oneOf = (...values) => ({ kind: "enum", values });
const ENTRY_KEYS = {
    behavioral_traits: ["name", "description", "intensity"],
    expertise_areas: ["domain", "level", "keywords", "description"],
    triggers: ["type", "keywords", "pattern", "context"],
    procedures: ["step", "action", "description", "tools_used", "validation"],
    dependencies: ["skill_id", "required", "version"],
    variables: ["name", "type", "required", "default", "description"],
    actions: ["name", "type", "parameters", "on_success", "on_failure"],
    members: ["agent_id", "role", "priority"],
};
const FORMALITY = ["casual", "neutral", "formal"];
const VERBOSITY = ["concise", "balanced", "verbose"];
const TEMPLATE_FORMATS = ["markdown", "yaml", "json", "text"];
const RELATED = { related_skills: STRINGS, related_templates: STRINGS, related_memories: STRINGS };
/** Each type's data keys, as a flat sample may already carry them under the same name. */
const DATA_FIELDS = {
    persona: {
        behavioral_traits: entries(...ENTRY_KEYS.behavioral_traits),
        expertise_areas: entries(...ENTRY_KEYS.expertise_areas),
        response_style: MAPPING,
        system_prompt: STRING,
        privacy_level: oneOf("public", "private", "shared"),
        owner: STRING,
        shared_with: STRINGS,
        hot_swappable: BOOLEAN,
        ...RELATED,
    },
    skill: {
        triggers: entries(...ENTRY_KEYS.triggers),
        procedures: entries(...ENTRY_KEYS.procedures),
        dependencies: entries(...ENTRY_KEYS.dependencies),
        tools_required: STRINGS,
        inputs: MAPPING,
        outputs: MAPPING,
        composable: BOOLEAN,
    },
    template: {
        content: STRING,
        format: oneOf(...TEMPLATE_FORMATS),
        variables: entries(...ENTRY_KEYS.variables),
        validation_rules: MAPPING,
        related_skills: STRINGS,
        related_memories: STRINGS,
    },
    agent: {
        goals: STRINGS,
        actions: entries(...ENTRY_KEYS.actions),
        max_iterations: { kind: "integer" },
        decision_tree: MAPPING,
        context: MAPPING,
        fallback_strategy: STRING,
        persona_id: STRING,
        ...RELATED,
    },
    memory: {
        content: STRING,
        date_created: STRING,
        content_hash: STRING,
        search_index: STRINGS,
    },
    ensemble: {
        members: entries(...ENTRY_KEYS.members),
        aggregation_strategy: oneOf("first", "last", "all", "consensus", "voting", "weighted_consensus", "threshold_consensus", "merge"),
        execution_mode: oneOf("sequential", "parallel", "hybrid"),
        fallback_chain: STRINGS,
        shared_context: MAPPING,
    },
};
/** The top-level keys of a flat sample that are metadata in the contract, under the same name. */
const METADATA_KEYS = ["id", "type", "name", "description", "version", "author", "tags"];
const TIMESTAMP_KEYS = ["created_at", "updated_at"];
/** metadata's keys in the order a converted file writes them. */
const METADATA_ORDER = [...METADATA_KEYS, "is_active", ...TIMESTAMP_KEYS, "custom"];
/** Whether a plain value is of the kind the contract expects (its finer rules are validate's business). */
function fits(kind, value) {
    switch (kind.kind) {
        case "string":
            return typeof value === "string";
        case "strings":
            return Array.isArray(value) && value.every((v) => typeof v === "string");
        case "mapping":
            return typeof value === "object" && value !== null && !Array.isArray(value);
        case "boolean":
            return typeof value === "boolean";
        case "integer":
            return Number.isInteger(value);
        case "enum":
            return typeof value === "string" && kind.values.includes(value);
        case "entries":
            return Array.isArray(value) && value.every((v) => typeof v === "object" && v !== null && !Array.isArray(v));
    }
}

// EXTERNAL MODULE: ./src/core/interop/yaml-nodes.ts
var yaml_nodes = __webpack_require__(1686);
;// CONCATENATED MODULE: ./src/core/interop/convert-flat.ts
// A flat NEXS MCP sample (`id`, `name`, `type`... at the top level, beside the type's own fields) → the element
// contract. A field moves when its meaning is the same (flat-fields.ts says which, and with what kind of value);
// everything else is kept under metadata.custom under its own name, never dropped. The pairs are moved, not
// copied, so the comments written beside them move along.





const METADATA_NAMES = [...METADATA_KEYS, ...TIMESTAMP_KEYS, "is_active"];
class FlatConversion {
    value;
    type;
    notes = emptyNotes();
    metadata = new Map();
    data = [];
    custom = [];
    constructor(value, type) {
        this.value = value;
        this.type = type;
    }
    /** Every top-level pair, in file order, to where it belongs; `comment` was the file's first comment. */
    run(pairs, comment) {
        for (const pair of pairs)
            this.place(pair);
        // A persona prompt names no type: recognition gave it one.
        if (this.value.type === undefined && !this.metadata.has("type")) {
            this.metadata.set("type", new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)("type"), this.type));
            this.notes.mapped.push({ from: "prompt_instructions (a persona prompt)", to: `metadata.type: ${this.type}` });
        }
        const metadata = (0,yaml_nodes/* tight */.RV)((0,yaml_nodes/* newMap */.dg)(METADATA_ORDER.flatMap((key) => this.metadataPair(key))));
        const data = (0,yaml_nodes/* tight */.RV)((0,yaml_nodes/* newMap */.dg)(this.data));
        const metadataKey = (0,yaml_nodes/* keyNode */.qe)("metadata");
        metadataKey.commentBefore = comment;
        return [new dist/* Pair */.Rm(metadataKey, metadata), new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)("data"), data)];
    }
    metadataPair(key) {
        if (key === "custom")
            return this.custom.length > 0 ? [new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)("custom"), (0,yaml_nodes/* tight */.RV)((0,yaml_nodes/* newMap */.dg)(this.custom)))] : [];
        const pair = this.metadata.get(key);
        return pair ? [pair] : [];
    }
    place(pair) {
        const key = (0,yaml_nodes/* keyOf */.TN)(pair);
        const plain = key === undefined ? undefined : this.value[key];
        const kind = key === undefined ? undefined : DATA_FIELDS[this.type][key];
        if (key === undefined)
            this.aside(pair, String(pair.key));
        else if (METADATA_NAMES.includes(key))
            this.toMetadata(key, pair, key);
        else if (key === "status")
            this.status(pair, plain);
        else if (key === "metadata")
            this.nestedMetadata(pair);
        else if (this.special(key, pair, plain))
            return;
        else if (kind && fits(kind, plain))
            this.toData(key, pair, key, kind);
        else
            this.aside(pair, key);
    }
    toMetadata(name, pair, from) {
        if (this.metadata.has(name)) {
            this.aside(pair, from);
            return;
        }
        this.metadata.set(name, (0,yaml_nodes/* keyOf */.TN)(pair) === name ? pair : (0,yaml_nodes/* renamed */.fN)(pair, name));
        this.notes.mapped.push({ from, to: `metadata.${name}` });
    }
    /** `status: active` / `inactive` is is_active; any other status has no counterpart. */
    status(pair, plain) {
        if ((plain !== "active" && plain !== "inactive") || this.metadata.has("is_active")) {
            this.aside(pair, "status");
            return;
        }
        const active = new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)("is_active", pair.key), plain === "active");
        this.metadata.set("is_active", active);
        this.notes.mapped.push({ from: `status: ${plain}`, to: `metadata.is_active: ${plain === "active"}` });
    }
    /**
     * A flat sample's own `metadata`: its author, tags and timestamps are the element's (unless the top level has
     * them), the rest stays aside.
     */
    nestedMetadata(pair) {
        if (!(0,dist/* isMap */.jh)(pair.value)) {
            this.aside(pair, "metadata");
            return;
        }
        const rest = [];
        const nested = (0,plain_object/* isPlainObject */.Q)(this.value.metadata) ? this.value.metadata : {};
        for (const inner of pair.value.items) {
            const key = (0,yaml_nodes/* keyOf */.TN)(inner);
            if (key === "author" && !Object.hasOwn(this.value, "author") && typeof nested.author === "string") {
                this.toMetadata("author", inner, "metadata.author");
            }
            else if (key !== undefined && !Object.hasOwn(this.value, key) && liftsFromNested(key, nested[key])) {
                this.toMetadata(key, inner, `metadata.${key}`);
            }
            else if (key === "format" &&
                this.type === "template" &&
                !Object.hasOwn(this.value, "format") &&
                fits({ kind: "enum", values: TEMPLATE_FORMATS }, nested.format)) {
                this.data.push(inner);
                this.notes.mapped.push({ from: "metadata.format", to: "data.format" });
            }
            else
                rest.push(inner);
        }
        if (rest.length === 0)
            return;
        pair.value.items = rest;
        this.custom.push(pair);
        this.notes.keptAside.push({
            from: rest.map((p) => `metadata.${(0,yaml_nodes/* keyOf */.TN)(p) ?? "?"}`).join(", "),
            to: "metadata.custom.metadata",
        });
    }
    /** Fields under another name, or in another form, with the same meaning. */
    special(key, pair, plain) {
        const has = (name) => Object.hasOwn(this.value, name);
        const strings = fits({ kind: "strings" }, plain);
        switch (`${this.type}.${key}`) {
            case "persona.expertise":
                return !has("expertise_areas") && strings && this.wrapStrings(pair, "expertise_areas", "domain");
            case "persona.traits":
                return !has("behavioral_traits") && strings && this.wrapStrings(pair, "behavioral_traits", "name");
            case "persona.prompt_instructions":
                return (!has("system_prompt") &&
                    typeof plain === "string" &&
                    this.toData("system_prompt", pair, key, { kind: "string" }));
            case "persona.communication_style":
                return !has("response_style") && (0,dist/* isMap */.jh)(pair.value) && this.responseStyle(pair);
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
    toData(name, pair, from, kind) {
        if (kind.kind === "entries")
            return this.splitEntries(pair, name, from, kind.keys);
        this.data.push((0,yaml_nodes/* keyOf */.TN)(pair) === name ? pair : (0,yaml_nodes/* renamed */.fN)(pair, name));
        this.notes.mapped.push({ from, to: `data.${name}` });
        return true;
    }
    entriesFrom(pair, name, plain) {
        const kind = DATA_FIELDS[this.type][name];
        if (!kind || !fits(kind, plain))
            return false;
        return this.toData(name, pair, (0,yaml_nodes/* keyOf */.TN)(pair) ?? name, kind);
    }
    /** A list of mappings: the contract's keys of each entry go to data, the others aside (entry by entry). */
    splitEntries(pair, name, from, keys) {
        const entries = (0,yaml_nodes/* itemsOf */.S3)(pair.value);
        const extra = new Set();
        const kept = entries.map((entry) => {
            const known = [];
            const other = [];
            for (const inner of (0,yaml_nodes/* pairsOf */.fq)(entry)) {
                const key = (0,yaml_nodes/* keyOf */.TN)(inner);
                if (key !== undefined && keys.includes(key))
                    known.push(inner);
                else {
                    other.push(inner);
                    extra.add(key ?? "?");
                }
            }
            return { entry, known, other };
        });
        if (extra.size === 0)
            return this.toData(name, pair, from, { kind: "mapping" });
        const data = (0,yaml_nodes/* newSeq */._M)(kept.map(({ entry, known }) => withComments((0,yaml_nodes/* newMap */.dg)(known), entry)));
        this.data.push(new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)(name, pair.key), data));
        this.notes.mapped.push({ from, to: `data.${name}` });
        this.custom.push(new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)(from), (0,yaml_nodes/* newSeq */._M)(kept.map(({ other }) => (0,yaml_nodes/* newMap */.dg)(other)))));
        this.notes.keptAside.push({
            from: [...extra].map((k) => `${from}[].${k}`).join(", "),
            to: `metadata.custom.${from} (entry by entry)`,
        });
        return true;
    }
    /** A list of strings whose entries are mappings in the contract: each string becomes the entry's `field`. */
    wrapStrings(pair, name, field) {
        const items = (0,yaml_nodes/* itemsOf */.S3)(pair.value).map((item) => (0,yaml_nodes/* newMap */.dg)([new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)(field), item)]));
        this.data.push(new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)(name, pair.key), (0,yaml_nodes/* newSeq */._M)(items)));
        this.notes.mapped.push({ from: (0,yaml_nodes/* keyOf */.TN)(pair) ?? name, to: `data.${name}[].${field}` });
        return true;
    }
    /** Trigger phrases: the contract's keyword trigger, with the phrases as its keywords. */
    keywordTrigger(pair) {
        const trigger = (0,yaml_nodes/* newMap */.dg)([new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)("type"), "keyword"), new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)("keywords"), pair.value)]);
        this.data.push(new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)("triggers", pair.key), (0,yaml_nodes/* newSeq */._M)([trigger])));
        this.notes.mapped.push({ from: "triggers", to: "data.triggers[0] (type: keyword, keywords: the phrases)" });
        return true;
    }
    /** communication_style's keys that mean the same as response_style's (with allowed values); the rest aside. */
    responseStyle(pair) {
        const style = (0,plain_object/* isPlainObject */.Q)(this.value.communication_style) ? this.value.communication_style : {};
        const allowed = {
            tone: { kind: "string" },
            formality: { kind: "enum", values: FORMALITY },
            verbosity: { kind: "enum", values: VERBOSITY },
            perspective: { kind: "string" },
            characteristics: { kind: "strings" },
        };
        const known = [];
        const other = [];
        for (const inner of (0,yaml_nodes/* pairsOf */.fq)(pair.value)) {
            const key = (0,yaml_nodes/* keyOf */.TN)(inner);
            const kind = key === undefined ? undefined : allowed[key];
            if (key !== undefined && kind && fits(kind, style[key]))
                known.push(inner);
            else
                other.push(inner);
        }
        if (known.length > 0) {
            this.data.push(new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)("response_style", pair.key), (0,yaml_nodes/* newMap */.dg)(known)));
            this.notes.mapped.push({
                from: known.map((p) => `communication_style.${(0,yaml_nodes/* keyOf */.TN)(p) ?? "?"}`).join(", "),
                to: "data.response_style",
            });
        }
        if (other.length > 0) {
            this.custom.push(new dist/* Pair */.Rm((0,yaml_nodes/* keyNode */.qe)("communication_style", known.length > 0 ? undefined : pair.key), (0,yaml_nodes/* newMap */.dg)(other)));
            this.notes.keptAside.push({
                from: other.map((p) => `communication_style.${(0,yaml_nodes/* keyOf */.TN)(p) ?? "?"}`).join(", "),
                to: "metadata.custom.communication_style",
            });
        }
        return true;
    }
    aside(pair, from) {
        this.custom.push(pair);
        this.notes.keptAside.push({ from, to: `metadata.custom.${(0,yaml_nodes/* keyOf */.TN)(pair) ?? from}` });
    }
}
function withComments(target, like) {
    if ((0,dist/* isMap */.jh)(like) || (0,dist/* isSeq */.oP)(like) || (0,dist/* isScalar */.jn)(like)) {
        target.commentBefore = like.commentBefore;
        target.comment = like.comment;
    }
    return target;
}
/** Edits `document` (a flat sample of `type`) into the contract's shape; `value` is its plain data. */
function convertFlatDocument(document, value, type) {
    const comment = (0,yaml_nodes/* takeLeadingComment */.hw)(document);
    const root = document.contents;
    const conversion = new FlatConversion(value, type);
    if ((0,dist/* isMap */.jh)(root))
        root.items = conversion.run(root.items, comment);
    return conversion.notes;
}
/** Whether a key of a flat sample's own metadata is the contract's metadata field, with a value of its kind. */
function liftsFromNested(key, value) {
    if (key === "tags")
        return fits({ kind: "strings" }, value);
    return TIMESTAMP_KEYS.some((k) => k === key) && typeof value === "string";
}

;// CONCATENATED MODULE: ./src/core/interop/convert-server.ts
// A file the NEXS MCP server wrote → the element contract. The server's data keys are the contract's already; only
// its metadata keys are the lower-cased Go field names. Timestamps (unquoted RFC 3339), custom and the id are kept.





/**
 * Optional data fields the server writes as "" when they are unset (its encoder writes every field), where the
 * contract has no empty value: an empty string there says nothing, and is left out.
 */
const UNSET_WHEN_EMPTY = {
    persona: ["owner", "privacy_level"],
    skill: [],
    template: ["format"],
    agent: [],
    memory: ["content_hash", "date_created"],
    ensemble: ["execution_mode"],
};
/** Edits `document` (the server's file) into the contract's shape; `value` is its plain data. */
function convertServerDocument(document, value, type) {
    const notes = emptyNotes();
    const metadata = document.get("metadata", true);
    const plainMetadata = (0,plain_object/* isPlainObject */.Q)(value.metadata) ? value.metadata : {};
    if ((0,dist/* isMap */.jh)(metadata)) {
        for (const pair of metadata.items) {
            const key = (0,yaml_nodes/* keyOf */.TN)(pair);
            const target = key === undefined ? undefined : foreign_shape/* SERVER_METADATA_KEYS */.RB[key];
            if (key === undefined || target === undefined)
                continue;
            if (Object.hasOwn(plainMetadata, target)) {
                notes.notes.push(`metadata has both ${key} and ${target}: ${key} was left as it is; remove the one that is wrong`);
                continue;
            }
            pair.key = (0,yaml_nodes/* keyNode */.qe)(target, pair.key);
            notes.mapped.push({ from: `metadata.${key}`, to: `metadata.${target}` });
        }
    }
    const data = value.data;
    if (!Object.hasOwn(value, "data")) {
        document.set("data", (0,yaml_nodes/* newMap */.dg)());
        notes.notes.push("data was left out (the server leaves out an empty data): written as data: {}");
    }
    else if ((0,plain_object/* isPlainObject */.Q)(data) && type) {
        for (const key of UNSET_WHEN_EMPTY[type]) {
            if (data[key] !== "")
                continue;
            document.deleteIn(["data", key]);
            notes.notes.push(`data.${key} was "" (the server writes every field, set or not): left out`);
        }
    }
    return notes;
}

// EXTERNAL MODULE: ./src/core/element/rules/references.ts
var references = __webpack_require__(8908);
;// CONCATENATED MODULE: ./src/core/interop/renamed-references.ts
// Where an imported element names another by id, so a rename by `import --rename-ids` reaches every mention:
// the contract's references (core/element/rules/references.ts: related_* lists, persona_id, dependencies,
// members, fallback_chain) and the NEXS MCP server's `related_personas`, which the contract has no field for
// and import keeps under metadata.custom (or finds in data, where a hand-written file may put it).


/** Every id the converted element (its plain value) names, with where. */
function idMentions(type, value) {
    if (!(0,plain_object/* isPlainObject */.Q)(value))
        return [];
    const data = (0,plain_object/* isPlainObject */.Q)(value.data) ? value.data : {};
    const mentions = (0,references/* referencesOf */.C)(type, data).map(({ path, id }) => ({ path, id }));
    const metadata = (0,plain_object/* isPlainObject */.Q)(value.metadata) ? value.metadata : {};
    const custom = (0,plain_object/* isPlainObject */.Q)(metadata.custom) ? metadata.custom : {};
    const lists = [
        [["metadata", "custom", "related_personas"], custom.related_personas],
        [["data", "related_personas"], data.related_personas],
    ];
    for (const [path, list] of lists) {
        if (!Array.isArray(list))
            continue;
        list.forEach((id, i) => {
            if (typeof id === "string")
                mentions.push({ path: [...path, i], id });
        });
    }
    return mentions;
}

;// CONCATENATED MODULE: ./src/core/interop/plan-import.ts















function planImport(sources, options) {
    const converted = sources.map((source) => convertOne(source, options));
    if (options.renameIds)
        renameInvalidIds(converted);
    const results = converted.map((c) => c.result);
    const texts = results.flatMap((r) => (r.text === undefined ? [] : [{ file: r.file, bytes: encode(r.text) }]));
    // Validated together, so references between the imported files resolve.
    const report = (0,validate_sources/* validateSources */.J)(texts, { strict: false, maxFileSize: options.maxFileSize });
    for (const result of results) {
        if (result.text === undefined)
            continue;
        result.diagnostics = report.diagnostics.filter((d) => d.file === result.file);
    }
    return results;
}
function convertOne(source, options) {
    const result = {
        file: source.file,
        outcome: "neither",
        shape: undefined,
        type: undefined,
        text: undefined,
        unchanged: false,
        element: undefined,
        unstorable: undefined,
        renamed: undefined,
        notes: emptyNotes(),
        needsPerson: [],
        diagnostics: [],
    };
    const none = (outcome, diagnostics = []) => {
        result.outcome = outcome;
        result.diagnostics = diagnostics;
        return { result, document: undefined, conventions: undefined, original: "" };
    };
    const parsed = (0,parse/* parseSource */.P)(source, { maxFileSize: options.maxFileSize, shape: "mapping" });
    if (!parsed.ok)
        return none("unreadable", parsed.diagnostics);
    const foreign = (0,foreign_shape/* recognizeForeignShape */.yb)(parsed.value);
    if (!foreign) {
        const element = Object.hasOwn(parsed.value, "metadata") && Object.hasOwn(parsed.value, "data");
        return none(element ? "element" : "neither");
    }
    const read = (0,yaml_text/* readYaml */.g)(parsed.text, "mapping");
    if (!read.ok)
        return none("unreadable");
    result.outcome = "converted";
    result.shape = foreign.shape;
    result.type = foreign.type;
    result.notes =
        foreign.shape === "nexs-server"
            ? convertServerDocument(read.document, read.value, foreign.type)
            : convertFlatDocument(read.document, read.value, foreign.type ?? "persona");
    const original = new TextDecoder().decode(source.bytes);
    const converting = { result, document: read.document, conventions: read.conventions, original };
    finish(converting, options);
    return converting;
}
/** The text, element and needs of a converted document, after any change to it. */
function finish(c, options) {
    if (!c.document || !c.conventions)
        return;
    const text = (0,yaml_text/* writeYaml */.V)(c.document, c.conventions);
    const { result } = c;
    result.text = text;
    result.unchanged = text === c.original;
    const parsed = (0,parse/* parseSource */.P)({ file: result.file, bytes: encode(text) }, { maxFileSize: options.maxFileSize });
    if (!parsed.ok) {
        result.needsPerson = [];
        result.element = undefined;
        result.unstorable = parsed.diagnostics[0]?.message ?? "the converted file does not read back";
        return;
    }
    result.needsPerson = missingFields(parsed.value);
    const element = (0,element_record/* readElement */.RN)(parsed.value);
    const missing = result.needsPerson.filter((f) => f.startsWith("metadata."));
    const problem = typeof element !== "string"
        ? (0,element_record/* storageProblem */.XX)(element)
        : missing.length > 0
            ? `it has no ${missing.join(", ")}`
            : element;
    result.element = typeof element === "string" || problem !== undefined ? undefined : element;
    result.unstorable = problem;
}
/** Required keys the converted element lacks, one line per field (list entries folded together). */
function missingFields(value) {
    const metadata = (0,plain_object/* isPlainObject */.Q)(value.metadata) ? value.metadata : {};
    const type = (0,types/* isElementType */.N)(metadata.type) ? metadata.type : undefined;
    const validate = (0,schemas/* validatorFor */.qA)(type);
    if (validate(value))
        return [];
    const counts = new Map();
    for (const error of validate.errors ?? []) {
        if (error.keyword !== "required")
            continue;
        const missing = error.params.missingProperty;
        if (typeof missing !== "string")
            continue;
        const path = [...(0,node_path/* pointerToPath */.ox)(error.instancePath, value), missing];
        const field = (0,node_path/* describePath */.NH)(path).replace(/\[\d+\]/g, "[]");
        counts.set(field, (counts.get(field) ?? 0) + 1);
    }
    return [...counts].map(([field, n]) => (n > 1 ? `${field} (${n} entries)` : field));
}
/** Ids that break the rule get the nearest valid one (unique in the batch); references to them follow. */
function renameInvalidIds(all) {
    const taken = new Set();
    const idOf = (c) => {
        const id = c.result.element?.metadata.id ?? plainId(c);
        return typeof id === "string" ? id : undefined;
    };
    for (const c of all) {
        const id = idOf(c);
        if (id !== undefined && (0,identity/* isValidId */.Al)(id))
            taken.add(id);
    }
    const renames = new Map();
    for (const c of all) {
        const id = idOf(c);
        if (id === undefined || (0,identity/* isValidId */.Al)(id) || renames.has(id) || !c.document)
            continue;
        const name = c.document.getIn(["metadata", "name"]);
        const fallback = `${c.result.type ?? "element"}-${(0,identity/* slug */.yR)(typeof name === "string" ? name : "") || "unnamed"}`;
        let next = (0,identity/* suggestId */.MV)(id, fallback);
        for (let n = 2; taken.has(next); n++)
            next = `${(0,identity/* suggestId */.MV)(id, fallback).slice(0, 120)}-${n}`;
        taken.add(next);
        renames.set(id, next);
    }
    if (renames.size === 0)
        return;
    for (const c of all) {
        const { document, result } = c;
        if (!document || result.text === undefined)
            continue;
        let changed = false;
        const id = idOf(c);
        const to = id === undefined ? undefined : renames.get(id);
        if (id !== undefined && to !== undefined) {
            (0,yaml_nodes/* setScalarIn */.qA)(document, ["metadata", "id"], to);
            result.renamed = { from: id, to };
            changed = true;
        }
        if (result.type) {
            for (const ref of idMentions(result.type, document.toJS())) {
                const target = renames.get(ref.id);
                if (target === undefined)
                    continue;
                (0,yaml_nodes/* setScalarIn */.qA)(document, ref.path, target);
                result.notes.mapped.push({ from: `${(0,node_path/* describePath */.NH)(ref.path)}: ${ref.id}`, to: target });
                changed = true;
            }
        }
        if (changed)
            finish(c, { renameIds: true, maxFileSize: Number.POSITIVE_INFINITY });
    }
}
function plainId(c) {
    return c.document?.getIn(["metadata", "id"]);
}
function encode(text) {
    return new TextEncoder().encode(text);
}

// EXTERNAL MODULE: ./src/core/report/display-path.ts
var display_path = __webpack_require__(1946);
// EXTERNAL MODULE: ./src/core/repository/element-repository.ts
var element_repository = __webpack_require__(9597);
// EXTERNAL MODULE: ./src/core/repository/file-repository.ts + 5 modules
var file_repository = __webpack_require__(9956);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/file-inputs.ts
var file_inputs = __webpack_require__(7666);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/import.ts












const summary = "Convert NEXS MCP server files and flat samples into element files";
const help = `Usage: nexs-publish import <paths...> [options]

Converts element files in the shapes NEXS MCP users already have into the element contract:
  - files the NEXS MCP server wrote (metadata keys isactive, createdat, updatedat): keys renamed; timestamps,
    custom and ids kept;
  - flat samples (id, name, type... at the top level): fields mapped where the meaning is the same, everything
    else kept under metadata.custom, never dropped.
Comments are kept. Each file gets a report: what was mapped, what was kept aside, what still needs a person.
Files in neither shape, and element files, are left alone. Running it again changes nothing.

Arguments:
  paths                    files or directories (.yaml, .yml)

Options:
  --into <dir>             write the elements under <dir>/<type>/<YYYY-MM-DD>/<id>.yaml (the file element
                           repository) instead of converting each file where it is
  --rename-ids             give ids that break the id rule the nearest valid one, and rewrite references to them
  --dry-run                report what would be written, write nothing
  --max-file-size <bytes>  refuse larger files (default: ${source/* DEFAULT_MAX_FILE_SIZE */.S})
  -h, --help               show this help

Exit status: 0 every file converted and valid, 1 something needs a person (or was left alone), 2 usage or
I/O problem (nothing is written then).
`;
async function run(args, io) {
    const { values, positionals } = (0,cli_args/* parseArgsOrExplain */.R)({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
            into: { type: "string" },
            "rename-ids": { type: "boolean", default: false },
            "dry-run": { type: "boolean", default: false },
            "max-file-size": { type: "string" },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        io.stdout.write(help);
        return cli_io/* EXIT_OK */.Ij;
    }
    const maxFileSize = (0,file_inputs/* maxFileSizeOption */.Fl)(values["max-file-size"], source/* DEFAULT_MAX_FILE_SIZE */.S);
    await (0,file_inputs/* requirePaths */.yK)(positionals, io.cwd);
    const dryRun = values["dry-run"];
    const input = (0,file_inputs/* readInputFiles */.UK)(positionals, io.cwd, maxFileSize);
    const plan = planImport(input.sources, { renameIds: values["rename-ids"], maxFileSize });
    const into = values.into === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, values.into);
    let outcomes;
    try {
        const target = into
            ? { kind: "into", repository: (await file_repository/* FileElementRepository */.X.open(into)).repository }
            : { kind: "in-place", paths: input.absolute };
        outcomes = await applyImport(plan, target, dryRun);
    }
    catch (error) {
        if (!(error instanceof element_repository/* RepositoryError */.p))
            throw error;
        io.stderr.write(`nexs-publish: ${error.message.split("\n")[0]}\n`);
        return cli_io/* EXIT_USAGE */.Ri;
    }
    const show = (path) => (into ? (0,display_path/* displayPath */.G)((0,external_node_path_.join)(into, path), io.cwd) : path);
    for (const d of input.diagnostics)
        io.stdout.write(`${(0,human/* oneLine */.T)(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${(0,human/* oneLine */.T)(d.message)}\n`);
    // A file given that could not be read is a file of the tally too, and an error (✖).
    const unread = new Set(input.diagnostics.filter((d) => d.severity === "error").map((d) => d.file)).size;
    io.stdout.write(formatImportReport(plan, outcomes, { dryRun, show, unread }));
    return importTally(plan, outcomes, unread).failed || input.diagnostics.length > 0 ? cli_io/* EXIT_INVALID */.jL : cli_io/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 7666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ maxFileSizeOption),
/* harmony export */   UK: () => (/* binding */ readInputFiles),
/* harmony export */   yK: () => (/* binding */ requirePaths)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_common_errno_code_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1387);
/* harmony import */ var _core_common_positive_integer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6613);
/* harmony import */ var _core_element_read_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8755);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1604);
// The element files named on a command line, read the way validate reads them (no links followed, the size limit
// checked before reading), for the commands that convert files rather than validate them.






/**
 * A path that does not exist is a usage problem (exit 2), not a finding. Anything else (a symlink, even a loop; a
 * name too long) gets the finding the walker gives the same file, so lstat, not stat.
 */
async function requirePaths(paths, cwd) {
    if (paths.length === 0)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("give the files or directories to work on (see --help)");
    for (const path of paths) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path));
        }
        catch (error) {
            const code = (0,_core_common_errno_code_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoCode */ .U)(error);
            if (code === "ENOENT" || code === "ENOTDIR")
                throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${path}: no such file or directory`);
        }
    }
}
function readInputFiles(paths, cwd, maxFileSize) {
    const options = { cwd, maxFileSize };
    const listing = (0,_core_element_read_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .listElementTree */ .$C)([...paths], options);
    const sources = [];
    const absolute = new Map();
    const diagnostics = [...listing.diagnostics];
    for (const listed of listing.files) {
        const read = (0,_core_element_read_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .readListedFile */ .IK)(listed, options);
        if (!read.ok) {
            diagnostics.push(read.diagnostic);
            continue;
        }
        sources.push({ file: listed.file, bytes: read.bytes });
        absolute.set(listed.file, listed.absolute);
    }
    sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { sources, absolute, diagnostics };
}
function maxFileSizeOption(text, fallback) {
    if (text === undefined)
        return fallback;
    const size = (0,_core_common_positive_integer_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePositiveInteger */ .z)(text);
    if (size === undefined)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--max-file-size must be a whole number of bytes greater than 0, not "${text}"`);
    return size;
}


/***/ }),

/***/ 9588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ DEFAULT_MAX_FILE_SIZE)
/* harmony export */ });
const DEFAULT_MAX_FILE_SIZE = 256 * 1024;


/***/ }),

/***/ 4227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ validateSources)
/* harmony export */ });
/* harmony import */ var _diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9020);
/* harmony import */ var _diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8083);
/* harmony import */ var _git_object_sha_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4318);
/* harmony import */ var _redact_redactor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7825);
/* harmony import */ var _check_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9351);
/* harmony import */ var _rules_dependency_cycles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1175);
/* harmony import */ var _rules_duplicate_ids_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7338);
/* harmony import */ var _rules_references_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8908);
// validateSources: element files in memory → every finding and the elements that may be published.
// Pure: parse → schema → per-element rules → secrets (checkSource, file by file) → cross-file rules.








function validateSources(sources, options) {
    const diagnostics = [];
    const byType = { persona: 0, skill: 0, template: 0, agent: 0, memory: 0, ensemble: 0 };
    const checked = [];
    const identified = [];
    const declared = new Map();
    // Every secret of the run: a cross-file finding in one file may name another file's secret.
    const redactor = new _redact_redactor_js__WEBPACK_IMPORTED_MODULE_3__/* .Redactor */ .pO();
    for (const file of sources) {
        const check = (0,_check_source_js__WEBPACK_IMPORTED_MODULE_4__/* .checkSource */ .A)(file, options);
        redactor.add(check.secrets);
        (0,_diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAll */ .u2)(diagnostics, check.diagnostics);
        const { parsed, type, id, element } = check;
        if (!parsed)
            continue;
        if (type)
            byType[type]++;
        if (id !== undefined) {
            identified.push({ source: parsed, id });
            if (type) {
                const types = declared.get(id) ?? new Set();
                types.add(type);
                declared.set(id, types);
            }
        }
        checked.push({ source: parsed, element });
    }
    const elements = checked.flatMap((c) => (c.element ? [c.element] : []));
    (0,_diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAll */ .u2)(diagnostics, (0,_rules_duplicate_ids_js__WEBPACK_IMPORTED_MODULE_6__/* .duplicateIdDiagnostics */ .j)(identified));
    (0,_diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAll */ .u2)(diagnostics, (0,_rules_references_js__WEBPACK_IMPORTED_MODULE_7__/* .referenceDiagnostics */ .A)(elements, { source: declared, collection: options.collection }, options.strict));
    (0,_diagnostic_finding_cap_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAll */ .u2)(diagnostics, (0,_rules_dependency_cycles_js__WEBPACK_IMPORTED_MODULE_5__/* .dependencyCycleDiagnostics */ .U)(elements));
    const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
    const valid = [];
    for (const { source, element } of checked) {
        if (!element || failed.has(source.file))
            continue;
        valid.push({
            file: source.file,
            bytes: source.bytes,
            blob: (0,_git_object_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .gitBlobSha */ .Ak)(source.bytes),
            element: { metadata: element.metadata, data: element.data },
        });
    }
    const redacted = diagnostics.map((d) => redactor.diagnostic(d));
    return { files: sources.length, diagnostics: redacted.sort(_diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .compareDiagnostics */ .oV), elements: valid, byType };
}


/***/ }),

/***/ 1946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * How a file is shown to users (human, JSON, annotations, SARIF): relative to `cwd`, with forward slashes
 * whatever the platform, so output is the same everywhere.
 */
function displayPath(file, cwd) {
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, file) || "." : file;
    return node_path__WEBPACK_IMPORTED_MODULE_0__.sep === "\\" ? shown.replaceAll("\\", "/") : shown;
}


/***/ }),

/***/ 6951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ formatHuman),
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/* harmony import */ var _common_plural_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2695);
/* harmony import */ var _diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9020);
/* harmony import */ var _redact_redactor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7825);
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6182);




const SEVERITY_COLOR = { error: "31", warning: "33", info: "36" };
/** `file:line:col severity code message`, one line per diagnostic, then a one-line tally. */
function formatHuman(files, diagnostics, options) {
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const lines = diagnostics.map((d) => `${paint("1", `${oneLine(d.file)}:${d.line}:${d.column}`)} ${paint(SEVERITY_COLOR[d.severity], d.severity)} ` +
        `${paint("2", d.code)} ${oneLine(d.message)}`);
    lines.push(tally(files, diagnostics, paint));
    return (0,_redact_redactor_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)(`${lines.join("\n")}\n`);
}
function tally(files, diagnostics, paint) {
    const { errors, warnings } = (0,_diagnostic_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(diagnostics);
    const counts = `${(0,_common_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .countOf */ .p)(files, "file")}, ${(0,_common_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .countOf */ .p)(errors, "error")}, ${(0,_common_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .countOf */ .p)(warnings, "warning")}`;
    return errors > 0 ? paint("31", `✖ ${counts}`) : paint("32", `✔ ${counts}`);
}
// A message or file name with a line break or an escape sequence could forge further output lines or
// repaint the terminal: show such characters as visible escapes instead.
// A bidi override could make it read as another name.
function oneLine(text) {
    return (0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleLine */ .P)(text);
}


/***/ }),

/***/ 8848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   z: () => (/* binding */ syncDirectory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


let counter = 0;
/**
 * Replaces `path` with `content` so that a crash at any moment leaves either the old file or the new one, whole:
 * write a hidden temporary file in the same directory, fsync it, rename it over the target, fsync the directory.
 * Both file stores write this way (element repository, tracking state store); the element loader recognises
 * the leftover of an interrupted write by its name (file-layout.ts, isTemporaryFile).
 */
async function writeFileAtomic(path, content, beforeRename) {
    const directory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    // pid + counter: unique among live writers, and "wx" refuses to reuse a leftover of a dead one.
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${++counter}.tmp`);
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(temporary, "wx", 0o644);
    try {
        await file.writeFile(content);
        await file.sync();
    }
    catch (error) {
        await file.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(temporary).catch(() => undefined);
        throw error;
    }
    await file.close();
    try {
        await beforeRename?.(temporary, path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(temporary).catch(() => undefined);
        throw error;
    }
    await syncDirectory(directory);
}
/**
 * Makes a rename or unlink in `directory` durable. Some platforms (Windows) cannot open a directory: there the
 * change is as durable as the platform makes it, and the write that already happened is not reported as failed.
 */
async function syncDirectory(directory) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(directory, "r");
    }
    catch {
        return;
    }
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 8698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ COLLECTION_PATH_RULE),
/* harmony export */   g3: () => (/* binding */ SHA_RULE),
/* harmony export */   gS: () => (/* binding */ TIMESTAMP_RULE),
/* harmony export */   ug: () => (/* binding */ ELEMENT_ID_RULE)
/* harmony export */ });
/** Value rules shared by the state-document parser and its tests. */
const SHA_RULE = { pattern: /^[0-9a-f]{40}$/, meaning: "a 40-character lowercase hex git SHA" };
const ELEMENT_ID_RULE = {
    pattern: /^[a-z0-9](?:[a-z0-9_-]{0,126}[a-z0-9])?$/,
    meaning: "an element id (lowercase letters, digits, - and _)",
};
const TIMESTAMP_RULE = {
    pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
    meaning: "an RFC 3339 timestamp",
};
/** Relative, forward slashes, no `.`/`..` segments, no empty segments: a path inside the collection. */
const COLLECTION_PATH_RULE = {
    pattern: /^(?!\/)(?!.*\/\/)(?!(?:.*\/)?\.\.?(?:\/|$))[^\0\\]+(?<!\/)$/,
    meaning: "a relative path inside the collection",
};


/***/ }),

/***/ 3511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ applyChanges)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

const isPrimitive = (v) => v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
/**
 * Applies field changes to a parsed YAML document in place. A scalar that changes keeps its node, so its
 * quoting style and trailing comment survive; everything not named by a change is left untouched.
 */
function applyChanges(document, changes) {
    for (const change of changes) {
        if (!change.present) {
            document.deleteIn(change.path);
            continue;
        }
        const node = document.getIn(change.path, true);
        // Only same-typed values reuse the node: a quoted "1" given the number 1 would stay a string.
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && isPrimitive(change.value) && typeof node.value === typeof change.value)
            node.value = change.value;
        else
            document.setIn(change.path, change.value);
    }
}


/***/ }),

/***/ 2564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ diffValues),
/* harmony export */   c: () => (/* binding */ partitionChanges)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_plain_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8129);


function diffValues(before, after, path = []) {
    if ((0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(before) && (0,_common_plain_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(after)) {
        const changes = [];
        for (const key of Object.keys(before)) {
            if (!Object.hasOwn(after, key))
                changes.push({ path: [...path, key], present: false });
        }
        for (const [key, value] of Object.entries(after)) {
            if (!Object.hasOwn(before, key))
                changes.push({ path: [...path, key], present: true, value });
            // One by one, not spread into push: a mapping can hold more keys than a call takes arguments.
            else
                for (const change of diffValues(before[key], value, [...path, key]))
                    changes.push(change);
        }
        return changes;
    }
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(before, after) ? [] : [{ path, present: true, value: after }];
}
function isPrefix(a, b) {
    return a.length <= b.length && a.every((key, i) => key === b[i]);
}
function sameChange(a, b) {
    return a.present === b.present && (!a.present || (b.present && (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(a.value, b.value)));
}
/**
 * Splits the other side's changes into those to apply and reports whether any overlap with ours: the same
 * field changed differently, or one side changed a field inside a mapping the other replaced or removed.
 * Identical changes on both sides are not an overlap and need no applying.
 */
function partitionChanges(ours, theirs) {
    const apply = [];
    const overlaps = [];
    for (const change of theirs) {
        const related = ours.filter((o) => isPrefix(o.path, change.path) || isPrefix(change.path, o.path));
        if (related.length === 0)
            apply.push(change);
        else if (!(related.length === 1 &&
            related[0] &&
            related[0].path.length === change.path.length &&
            sameChange(related[0], change))) {
            overlaps.push([...change.path]);
        }
    }
    return { apply, overlaps };
}


/***/ }),

/***/ 646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ writeYaml),
/* harmony export */   g: () => (/* binding */ readYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _element_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9252);
/* harmony import */ var _element_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9588);



/**
 * An element file's text as a comment-keeping Document (to edit) and its plain value (to compare). The element
 * parser (parse.ts) reads it first, so exactly what validation refuses is refused here, as one sentence; only
 * text it vouched for (bounded, untagged, unique keys) is then composed into a Document. `mapping` accepts any
 * top-level mapping instead of only the element shape (a file being imported, a collection manifest).
 */
function readYaml(text, shape = "element") {
    const parsed = (0,_element_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSource */ .P)({ file: "", bytes: Buffer.from(text, "utf8") }, { maxFileSize: _element_source_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_FILE_SIZE */ .S, shape });
    if (!parsed.ok) {
        const first = parsed.diagnostics[0];
        return { ok: false, problem: first ? `${first.code} at line ${first.line}: ${first.message}` : "unreadable YAML" };
    }
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(parsed.text, { uniqueKeys: true, prettyErrors: false });
    return {
        ok: true,
        document,
        value: parsed.value,
        conventions: detectConventions(parsed.text, text.startsWith("\uFEFF")),
    };
}
function detectConventions(text, bom) {
    const flush = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1- /m.test(text);
    const padded = /[[{] [^\s\]}]/.test(text);
    const tight = /[[{][^\s\]}]/.test(text);
    return { crlf: text.includes("\r\n"), bom, indentSeq: !flush, flowPadding: padded || !tight };
}
/** Serialises a document back in the source file's conventions, with no line folding. */
function writeYaml(document, conventions) {
    const text = document.toString({
        lineWidth: 0,
        indentSeq: conventions.indentSeq,
        flowCollectionPadding: conventions.flowPadding,
    });
    return (conventions.bom ? "\uFEFF" : "") + (conventions.crlf ? text.replace(/\r?\n/g, "\r\n") : text);
}


/***/ })

};
