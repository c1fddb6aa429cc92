export const id = 917;
export const ids = [917];
export const modules = {

/***/ 9917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ reconcileSource)
});

// EXTERNAL MODULE: ./src/core/names/repo-ref.ts
var repo_ref = __webpack_require__(3974);
// EXTERNAL MODULE: ./src/core/state/state-codec.ts + 4 modules
var state_codec = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/core/tracking/overlay-store.ts
/**
 * Reads through to a store and keeps every write in memory, with the same compare-and-swap rule: a dry run
 * that must see its own writes (the CLI's `pull --dry-run` plans against the base its reconcile would record)
 * while the store itself is never written.
 */
class OverlayStore {
    store;
    written = new Map();
    counter = 0;
    constructor(store) {
        this.store = store;
    }
    async read(key) {
        const kept = this.written.get(key);
        return kept ? { ...kept } : this.store.read(key);
    }
    async write(key, text, expected, _message) {
        const current = await this.read(key);
        if ((current?.version ?? null) !== expected)
            return { ok: false, reason: "conflict" };
        const version = `overlay-${++this.counter}`;
        this.written.set(key, { text, version });
        return { ok: true, version };
    }
}

// EXTERNAL MODULE: ./src/github/accounts.ts
var accounts = __webpack_require__(4819);
// EXTERNAL MODULE: ./src/github/state-store.ts
var state_store = __webpack_require__(5462);
// EXTERNAL MODULE: ./src/core/common/plain-object.ts
var plain_object = __webpack_require__(8129);
;// CONCATENATED MODULE: ./src/core/tracking/read-pull-request.ts

/**
 * A pull request from a webhook payload or a REST response, read field by field; undefined when a field that
 * tracking needs is missing or of the wrong type (then nothing about this PR can be trusted).
 */
function readPullRequest(value) {
    if (!(0,plain_object/* isPlainObject */.Q)(value))
        return undefined;
    const head = object(value["head"]);
    const base = object(value["base"]);
    const user = object(value["user"]);
    const headRepo = object(head?.["repo"]);
    const number = value["number"];
    const state = value["state"];
    const fields = {
        updatedAt: read_pull_request_text(value["updated_at"]),
        createdAt: read_pull_request_text(value["created_at"]),
        url: read_pull_request_text(value["html_url"]),
        nodeId: read_pull_request_text(value["node_id"]),
        head: read_pull_request_text(head?.["sha"]),
        headRef: read_pull_request_text(head?.["ref"]),
        baseRef: read_pull_request_text(base?.["ref"]),
        author: read_pull_request_text(user?.["login"]),
    };
    if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1)
        return undefined;
    if (state !== "open" && state !== "closed")
        return undefined;
    const { updatedAt, createdAt, url, nodeId, head: headSha, headRef, baseRef, author } = fields;
    if (!updatedAt || !createdAt || !url || !nodeId || !headSha || !headRef || !baseRef || !author)
        return undefined;
    const merged = value["merged"] === true || (value["merged"] === undefined && typeof value["merged_at"] === "string");
    const mergeCommit = read_pull_request_text(value["merge_commit_sha"]);
    return {
        number,
        state,
        draft: value["draft"] === true,
        merged,
        updatedAt,
        createdAt,
        url,
        nodeId,
        head: headSha,
        body: read_pull_request_text(value["body"]) ?? "",
        headRef,
        headRepository: read_pull_request_text(headRepo?.["full_name"]),
        author,
        baseRef,
        mergeCommitSha: merged && mergeCommit ? mergeCommit : undefined,
    };
}
function object(value) {
    return (0,plain_object/* isPlainObject */.Q)(value) ? value : undefined;
}
function read_pull_request_text(value) {
    return typeof value === "string" ? value : undefined;
}

// EXTERNAL MODULE: ./src/github/github-error.ts
var github_error = __webpack_require__(6419);
;// CONCATENATED MODULE: ./src/github/read-pull-request.ts



/**
 * One `pulls.get`: the pull request as GitHub holds it now, read into tracking's view. A refusal is a
 * GitHubError; undefined when GitHub's answer lacks a field the view needs (the caller decides what that means).
 */
async function fetchPullRequest(client, collection, number) {
    const where = (0,repo_ref/* formatRepoRef */.N)(collection);
    const { data } = await (0,github_error/* attempt */.CD)({ attempted: `read pull request ${where}#${number}`, repository: where }, () => client.rest.pulls.get({ ...collection, pull_number: number }));
    return readPullRequest(data);
}

// EXTERNAL MODULE: ./src/core/state/submission-elements.ts
var submission_elements = __webpack_require__(2383);
// EXTERNAL MODULE: ./src/core/tracking/marker-digest.ts
var marker_digest = __webpack_require__(4936);
// EXTERNAL MODULE: ./src/core/state/state-empty.ts
var state_empty = __webpack_require__(9348);
// EXTERNAL MODULE: ./src/core/state/state-document.ts
var state_document = __webpack_require__(1188);
// EXTERNAL MODULE: ./src/core/state/stats.ts
var stats = __webpack_require__(5926);
;// CONCATENATED MODULE: ./src/core/tracking/pull-request-snapshot.ts
/** Status comes from the PR itself, never from the event name (docs/architecture.md, Status). */
function statusOf(pr) {
    if (pr.state === "closed")
        return pr.merged ? "merged" : "rejected";
    return pr.draft ? "draft" : "pending";
}

// EXTERNAL MODULE: ./src/core/tracking/snapshot-order.ts
var snapshot_order = __webpack_require__(9728);
;// CONCATENATED MODULE: ./src/core/tracking/apply-snapshot.ts





/**
 * Applies a PR snapshot to a state document without mutating it. `changed` is true only when the stored record
 * differs afterwards, so redelivered and out-of-order events write nothing. A newer snapshot with the same
 * status still changes the record (its `updatedAt`): without that, an older event arriving later could not be
 * recognised as older and permutations would not converge. History gets an entry only when the status moves.
 * A snapshot at the record's instant with another status or head is `ambiguous` (snapshot-order.ts): nothing
 * changes, and the caller settles it with a fresh read of the PR applied as `authoritative`.
 */
function applySnapshot(document, pr, options = {}) {
    const key = String(pr.number);
    const current = document.submissions[key];
    const status = statusOf(pr);
    if (!current && !options.elements)
        return { changed: false, document, reason: "unknown-submission" };
    if (current) {
        const order = (0,snapshot_order/* orderSnapshot */.HY)({ updatedAt: pr.updatedAt, status, head: pr.head }, current);
        if (order === "older")
            return { changed: false, document, reason: "older" };
        if (order === "ambiguous" && !options.authoritative)
            return { changed: false, document, reason: "ambiguous" };
        if (order === "same" && (!options.elements || (0,submission_elements/* sameElements */.QE)(options.elements, current.elements))) {
            return { changed: false, document, reason: "same" };
        }
    }
    const next = {
        number: pr.number,
        status,
        elements: (options.elements ?? current?.elements ?? []).map((e) => ({ id: e.id, path: e.path, blob: e.blob })),
        url: pr.url,
        nodeId: pr.nodeId,
        head: pr.head,
        createdAt: pr.createdAt,
        updatedAt: pr.updatedAt,
        ...((options.delivery ?? current?.lastDelivery) !== undefined && {
            lastDelivery: options.delivery ?? current?.lastDelivery,
        }),
    };
    const from = current?.status ?? null;
    const statusChanged = from !== status;
    const submissions = { ...document.submissions, [key]: next };
    const history = statusChanged
        ? [
            ...document.history,
            {
                at: pr.updatedAt,
                number: pr.number,
                from,
                to: status,
                ...(options.delivery !== undefined && { delivery: options.delivery }),
            },
        ].slice(-state_document/* HISTORY_LIMIT */.D)
        : document.history;
    return {
        changed: true,
        document: { ...document, submissions, stats: (0,stats/* computeStats */.b)(submissions), history },
        from,
        to: status,
        statusChanged,
    };
}

;// CONCATENATED MODULE: ./src/core/tracking/merged-base.ts

/**
 * The source's base after a merge: each element of the submission takes the blob the merge commit holds at its
 * path (what was merged, including a reviewer's edits), so the next publish sees a later collection edit as
 * `remote-changed` and not as a conflict. An element the submission deleted, or whose path the merge does not
 * hold, leaves the base. The same document comes back when nothing changes, so a redelivery writes nothing.
 */
function withMergedBase(document, elements, blobAt, commit) {
    const base = { ...document.base };
    let changed = false;
    for (const element of elements) {
        const blob = element.blob === submission_elements/* DELETED_BLOB */.C6 ? undefined : blobAt.get(element.path);
        const current = base[element.id];
        if (blob === undefined) {
            if (current && current.path === element.path) {
                delete base[element.id];
                changed = true;
            }
            continue;
        }
        if (current?.path === element.path && current.blob === blob && current.commit === commit)
            continue;
        base[element.id] = { path: element.path, blob, commit };
        changed = true;
    }
    return changed ? { ...document, base } : document;
}

;// CONCATENATED MODULE: ./src/core/tracking/track-change.ts



/**
 * One pull-request event as a state change: the snapshot applied with the core status rule, and after a merge
 * the merged blobs recorded as the new base, in the same write. Pure (the retry helper may run it several
 * times); `observe` hears what each attempt did, so after the write it holds what the written one did. An
 * ambiguous snapshot writes nothing: the adapter re-reads the PR and tracks that as authoritative.
 */
function trackChange(input, observe) {
    return (current) => {
        const document = current ?? (0,state_empty/* emptyStateDocument */.a)(input.source);
        const applied = applySnapshot(document, input.pr, {
            ...(input.elements && { elements: input.elements }),
            delivery: input.delivery,
            ...(input.authoritative && { authoritative: true }),
        });
        if (!applied.changed) {
            observe?.(applied.reason === "ambiguous" ? { kind: "ambiguous" } : { kind: "unchanged" });
            return undefined;
        }
        const submission = applied.document.submissions[String(input.pr.number)];
        const merged = input.merge && applied.statusChanged && applied.to === "merged" && submission
            ? withMergedBase(applied.document, submission.elements, input.merge.blobs, input.merge.commit)
            : applied.document;
        observe?.({
            kind: "changed",
            effect: {
                from: applied.from,
                to: applied.to,
                statusChanged: applied.statusChanged,
                baseUpdated: merged !== applied.document,
            },
        });
        return merged;
    };
}

// EXTERNAL MODULE: ./src/core/names/source-template.ts
var source_template = __webpack_require__(5442);
// EXTERNAL MODULE: ./src/core/tracking/marker.ts
var marker = __webpack_require__(1047);
// EXTERNAL MODULE: ./src/core/tracking/marker-trust.ts
var marker_trust = __webpack_require__(9392);
;// CONCATENATED MODULE: ./src/core/tracking/trust-submission.ts



/**
 * Whether this PR's marker may move a submission. A marker counts only as the last thing in the body (where
 * publish puts it): one quoted in the middle of a discussion is text, not a claim. With a key the signature must
 * verify and the head must be the source's branch (a fork's branch has the same name: fork mode); without one,
 * the head must be that branch in the collection itself and the author the configured publisher.
 */
function trustSubmission(pr, policy) {
    const parsed = (0,marker/* parseMarker */.gY)(pr.body);
    if (!parsed.ok)
        return { trust: "untrusted", reason: parsed.problem, detail: parsed.detail };
    if (!pr.body.trimEnd().endsWith((0,marker/* findMarker */.Ed)(pr.body) ?? "")) {
        return { trust: "untrusted", reason: "not-last", detail: "the marker is not the end of the body" };
    }
    const source = parsed.marker.payload.source;
    const [owner = "", repo = ""] = source.name.split("/");
    const branch = (0,source_template/* fillSourceTemplate */.r)(policy.branchTemplate, { owner, repo });
    if (policy.signingKey !== undefined) {
        const verified = (0,marker_trust/* verifyMarker */.KH)(pr.body, policy.signingKey);
        if (verified.trust !== "trusted")
            return verified;
        if (pr.headRef !== branch) {
            return {
                trust: "untrusted",
                reason: "branch-mismatch",
                detail: `head branch "${pr.headRef}" is not "${branch}"`,
            };
        }
        return verified;
    }
    if (policy.publisher === undefined) {
        return { trust: "untrusted", reason: "no-policy", detail: "neither a signing key nor a publisher is configured" };
    }
    return (0,marker_trust/* trustByOrigin */.EQ)(pr.body, { headRef: pr.headRef, headRepository: pr.headRepository ?? "", author: pr.author }, { branch, author: policy.publisher, collection: policy.collection });
}

// EXTERNAL MODULE: ./src/core/git/tree-hash.ts
var tree_hash = __webpack_require__(9163);
// EXTERNAL MODULE: ./src/github/collection-read.ts + 1 modules
var collection_read = __webpack_require__(8419);
;// CONCATENATED MODULE: ./src/github/track/merge-blobs.ts




/** path → blob of every file in the merge commit's tree: what the merge put in the collection. */
async function readMergeBlobs(client, collection, commit) {
    const head = await (0,collection_read/* readBranchHead */.z)(client, collection, commit);
    if (!head) {
        throw new github_error/* GitHubError */.y_("not-found", 404, `read the merge commit ${commit.slice(0, 12)} of ${(0,repo_ref/* formatRepoRef */.N)(collection)}`, "", "The base is recorded on the next delivery or `track` run once the commit can be read.");
    }
    return (0,tree_hash/* blobShas */.L1)(await (0,collection_read/* readTree */.Z)(client, collection, head.tree));
}

;// CONCATENATED MODULE: ./src/github/track/pull-request-files.ts



/** path → blob the PR's head holds for every file it changes (a removed file has git's null blob). */
async function readPullRequestBlobs(client, collection, number) {
    const where = (0,repo_ref/* formatRepoRef */.N)(collection);
    const files = await (0,github_error/* attempt */.CD)({ attempted: `list the files of ${where}#${number}`, repository: where }, () => client.paginate(client.rest.pulls.listFiles, { ...collection, pull_number: number, per_page: 100 }));
    const blobs = new Map();
    for (const file of files) {
        if (file.status === "removed")
            blobs.set(file.filename, submission_elements/* DELETED_BLOB */.C6);
        else if (file.sha)
            blobs.set(file.filename, file.sha);
    }
    return blobs;
}

// EXTERNAL MODULE: ./src/core/element/element-metadata.ts
var element_metadata = __webpack_require__(7020);
// EXTERNAL MODULE: ./src/core/element/parse.ts + 13 modules
var parse = __webpack_require__(9252);
// EXTERNAL MODULE: ./src/core/element/source.ts
var source = __webpack_require__(9588);
;// CONCATENATED MODULE: ./src/github/track/rebuild-elements.ts






/**
 * A digest marker's element list rebuilt from what the PR changes, when the Action could not record it (fork
 * mode): each changed file's id read from the file itself, a removed file's id from the source's base. Undefined
 * when a file's id cannot be known (an encrypted or unparsable file, a removal the base does not name); the
 * caller then compares the list with the marker's digest before using it.
 */
async function rebuildElements(client, collection, changed, document) {
    const where = (0,repo_ref/* formatRepoRef */.N)(collection);
    const idByBasePath = new Map(Object.entries(document?.base ?? {}).map(([id, entry]) => [entry.path, id]));
    const elements = [];
    for (const [path, blob] of changed) {
        if (blob === submission_elements/* DELETED_BLOB */.C6) {
            const id = idByBasePath.get(path);
            if (id === undefined)
                return undefined;
            elements.push({ id, path, blob });
            continue;
        }
        const { data } = await (0,github_error/* attempt */.CD)({ attempted: `read blob ${blob} of ${where}`, repository: where }, () => client.rest.git.getBlob({ ...collection, file_sha: blob }));
        const parsed = (0,parse/* parseSource */.P)({ file: path, bytes: Buffer.from(data.content, "base64") }, { maxFileSize: source/* DEFAULT_MAX_FILE_SIZE */.S });
        const metadata = parsed.ok ? (0,element_metadata/* readMetadata */._)(parsed.value["metadata"]) : undefined;
        if (!metadata)
            return undefined;
        elements.push({ id: metadata.id, path, blob });
    }
    return elements;
}

;// CONCATENATED MODULE: ./src/github/track/track-pull-request.ts










/**
 * One pull request, as the App sees it on a webhook and `track` on a schedule: the marker's trust decided, the
 * status derived from the PR itself and applied with the core rule, and after a merge the merged blobs recorded
 * as the source's base, all in one compare-and-swap write that is skipped when the record would not change.
 * Anything untrusted changes nothing and is logged once, with the delivery id.
 *
 * A snapshot the core cannot order against the record (the same `updated_at`, another status or head: a close
 * and a reopen in one second) is settled by GitHub: one `pulls.get`, and that pull request tracked in its place
 * as authoritative, since it shows the state after both events. If that read fails, the error fails the
 * delivery or run like any other, and the record is left as it was rather than guessed.
 */
function trackPullRequest(context, pr, delivery) {
    return track(context, pr, delivery, false);
}
/** `authoritative`: `pr` is GitHub's answer read just now, not a payload (only settleAmbiguous says so). */
async function track(context, pr, delivery, authoritative) {
    const where = `${(0,repo_ref/* formatRepoRef */.N)(context.collection)}#${pr.number} (delivery ${delivery})`;
    const trust = trustSubmission(pr, context.policy);
    if (trust.trust !== "trusted") {
        // A PR without a marker is simply not a submission; anything else is worth one line.
        if (trust.reason !== "missing")
            context.log.warn(`${where}: marker not trusted (${trust.reason}): ${trust.detail}; nothing changed`);
        return { kind: "ignored", reason: trust.reason };
    }
    const payload = trust.payload;
    const [owner = "", repo = ""] = payload.source.name.split("/");
    const source = { owner, repo, id: payload.source.id };
    const key = (0,state_codec/* stateKey */.bP)(source);
    const document = await context.writer.read(key);
    const recorded = document?.submissions[String(pr.number)];
    const known = recorded && knownElements(recorded.elements, payload);
    const elements = known ? undefined : await markerElements(context, pr, payload, document);
    if (!known && !elements) {
        context.log.warn(`${where}: the marker's elements do not match what the pull request changes; nothing changed`);
        return { kind: "ignored", reason: "elements-mismatch" };
    }
    const merge = pr.merged && pr.mergeCommitSha
        ? {
            commit: pr.mergeCommitSha,
            blobs: await readMergeBlobs(context.client, context.collection, pr.mergeCommitSha),
        }
        : undefined;
    if (pr.merged && !merge)
        throw new Error(`${where}: merged, but GitHub gave no merge commit`);
    // What the attempt that was written found (the change may run once per compare-and-swap attempt).
    const written = { seen: { kind: "unchanged" } };
    const input = {
        source,
        pr,
        delivery,
        ...(elements && { elements }),
        ...(merge && { merge }),
        ...(authoritative && { authoritative: true }),
    };
    const change = trackChange(input, (observed) => {
        written.seen = observed;
    });
    const { dryRun } = await context.writer.apply(key, change, document, context.log);
    const { seen } = written;
    // An authoritative snapshot is never ambiguous, so this re-reads at most once.
    if (seen.kind === "ambiguous" && !authoritative)
        return settleAmbiguous(context, pr, delivery, where);
    const effect = seen.kind === "changed" ? seen.effect : undefined;
    if (effect) {
        const moved = effect.statusChanged ? `${effect.from ?? "new"} → ${effect.to}` : `still ${effect.to}`;
        context.log.info(`${where}: ${payload.source.name} submission ${moved}${effect.baseUpdated ? ", base updated" : ""}` +
            (dryRun ? " (dry run: not written)" : ""));
    }
    return { kind: "tracked", source: payload.source.name, effect, dryRun };
}
/** The ambiguous snapshot's pull request read again, and tracked as GitHub holds it now. */
async function settleAmbiguous(context, pr, delivery, where) {
    context.log.info(`${where}: the recorded submission has the same updated_at (${pr.updatedAt}) with another status or head; ` +
        "reading the pull request again to settle it");
    const fresh = await fetchPullRequest(context.client, context.collection, pr.number);
    if (!fresh)
        throw new Error(`${where}: GitHub returned the pull request without the fields tracking needs`);
    return track(context, fresh, delivery, true);
}
/** The state already records exactly what the marker names: nothing to read. */
function knownElements(elements, payload) {
    return payload.form === "list"
        ? (0,submission_elements/* sameElements */.QE)(elements, payload.elements)
        : (0,marker_digest/* elementsMatchDigest */.T3)(elements, payload.digest);
}
/**
 * The elements of a submission the state does not know yet, or knows with another list (fork mode, a publish
 * that failed before recording). A marker copied into another PR must not record anything, so the list has to be
 * what this PR changes: a listed marker's blobs are checked against the PR's files, a digest marker's list is rebuilt from
 * them and checked against the digest.
 */
async function markerElements(context, pr, payload, document) {
    const changed = await readPullRequestBlobs(context.client, context.collection, pr.number);
    if (payload.form === "list") {
        return payload.elements.every((e) => changed.get(e.path) === e.blob) ? payload.elements : undefined;
    }
    const rebuilt = await rebuildElements(context.client, context.collection, changed, document);
    return rebuilt && (0,marker_digest/* elementsMatchDigest */.T3)(rebuilt, payload.digest) ? rebuilt : undefined;
}

;// CONCATENATED MODULE: ./src/github/track/reconcile.ts






/**
 * What webhooks would have done, for when they did not arrive (GitHub does not redeliver failed ones): every
 * submission the state documents record as open, and every pull request updated since `since`, each tracked
 * exactly as the App tracks a delivery. Oldest PR first, so two merges of one source leave the later one's base.
 */
async function reconcile(context, options) {
    const { client, collection } = context;
    const where = (0,repo_ref/* formatRepoRef */.N)(collection);
    const open = new Set();
    for (const key of options.keys ?? (await context.store.list())) {
        const stored = await context.store.read(key);
        if (!stored)
            continue;
        for (const submission of Object.values(state_codec/* STATE_CODEC */.tr.parse(stored.text).submissions)) {
            if (submission.status === "pending" || submission.status === "draft")
                open.add(submission.number);
        }
    }
    const recent = options.since ? await recentPullRequests(context, options.since) : [];
    for (const pr of recent)
        open.delete(pr.number);
    const rest = await Promise.all([...open].map((number) => fetchPullRequest(client, collection, number)));
    const prs = [...recent, ...rest.filter((pr) => pr !== undefined)].sort((a, b) => a.number - b.number);
    const transitions = { pending: 0, draft: 0, merged: 0, rejected: 0 };
    let failed = 0;
    for (const pr of prs) {
        const outcome = await trackPullRequest(context, pr, options.runId).catch((error) => {
            failed++;
            context.log.error(`${where}#${pr.number}: not tracked (${error instanceof Error ? error.message : String(error)})`);
            return undefined;
        });
        if (outcome?.kind === "tracked" && outcome.effect?.statusChanged)
            transitions[outcome.effect.to]++;
    }
    return { transitions, checked: prs.length, failed };
}
/** Pull requests updated since `since`, newest first until older ones begin (GitHub sorts by `updated_at`). */
async function recentPullRequests(context, since) {
    const { client, collection } = context;
    const where = (0,repo_ref/* formatRepoRef */.N)(collection);
    const found = [];
    const pages = client.paginate.iterator(client.rest.pulls.list, {
        ...collection,
        state: "all",
        sort: "updated",
        direction: "desc",
        per_page: 100,
    });
    await (0,github_error/* attempt */.CD)({ attempted: `list the pull requests of ${where}`, repository: where }, async () => {
        for await (const page of pages) {
            for (const raw of page.data) {
                const pr = readPullRequest(raw);
                if (!pr)
                    continue;
                if (Date.parse(pr.updatedAt) < since.getTime())
                    return;
                found.push(pr);
            }
        }
    });
    return found;
}

// EXTERNAL MODULE: ./src/core/tracking/update-with-retry.ts
var update_with_retry = __webpack_require__(3486);
;// CONCATENATED MODULE: ./src/core/tracking/coalescing-updater.ts

/**
 * Per-key write coalescing: changes submitted while a write for the key is in flight wait, then go together in
 * the next single compare-and-swap write (a burst of webhook events becomes one commit). Each caller's promise
 * settles when the write carrying its change is durable, or with the error that stopped it. A change that throws
 * fails alone; the rest of its batch is still written.
 */
class CoalescingUpdater {
    store;
    codec;
    options;
    env;
    queues = new Map();
    constructor(store, codec, options, env) {
        this.store = store;
        this.codec = codec;
        this.options = options;
        this.env = env;
    }
    submit(key, change) {
        return new Promise((resolve, reject) => {
            const queue = this.queues.get(key);
            const pending = { change, failed: false, resolve, reject };
            if (queue) {
                queue.push(pending);
            }
            else {
                this.queues.set(key, [pending]);
                void this.drain(key);
            }
        });
    }
    async drain(key) {
        // Let changes submitted in the same tick (or window) join the first write.
        const windowMs = this.options.windowMs ?? 0;
        await (windowMs > 0 ? this.env.sleep(windowMs) : Promise.resolve());
        for (;;) {
            const queue = this.queues.get(key);
            const batch = queue?.splice(0) ?? [];
            if (batch.length === 0) {
                this.queues.delete(key);
                return;
            }
            await this.writeBatch(key, batch);
        }
    }
    async writeBatch(key, batch) {
        const combined = (current) => {
            let document = current;
            let touched = false;
            for (const item of batch) {
                try {
                    const next = item.change(document);
                    item.failed = false;
                    if (next !== undefined) {
                        document = next;
                        touched = true;
                    }
                }
                catch (error) {
                    // Judged again on every attempt: only the attempt that is written counts.
                    item.failed = true;
                    item.error = error;
                }
            }
            return touched ? document : undefined;
        };
        try {
            const result = await (0,update_with_retry/* updateWithRetry */.cy)(this.store, key, this.codec, combined, { policy: this.options.policy, message: this.options.message(batch.length) }, this.env);
            for (const item of batch) {
                if (item.failed)
                    item.reject(item.error);
                else
                    item.resolve({ ...result, batchSize: batch.length });
            }
        }
        catch (error) {
            for (const item of batch)
                item.reject(error);
        }
    }
}

;// CONCATENATED MODULE: ./src/github/track/state-writer.ts


/**
 * Changes for the same source that arrive together become one write (a webhook burst is one commit on the state
 * branch); each caller's promise settles when the write carrying its change is durable. In a dry run the change
 * is computed on the document just read and only said.
 */
function createStateWriter(store, options, env) {
    const updater = new CoalescingUpdater(store, state_codec/* STATE_CODEC */.tr, {
        message: (count) => `nexs-publish: track ${count} pull-request ${count === 1 ? "event" : "events"}`,
        windowMs: options.windowMs,
    }, env);
    // Reads of one key that overlap share one request: a burst for a source is then one read, and its changes
    // reach the updater together instead of one per read's round trip.
    const reading = new Map();
    return {
        read(key) {
            const shared = reading.get(key);
            if (shared)
                return shared;
            const started = store
                .read(key)
                .then((stored) => (stored ? state_codec/* STATE_CODEC */.tr.parse(stored.text) : undefined))
                .finally(() => reading.delete(key));
            reading.set(key, started);
            return started;
        },
        async apply(key, change, read, log) {
            if (options.dryRun) {
                const next = change(read);
                log.info(next === undefined ? `dry run: ${key} would not change` : `dry run: would write ${key}`);
                return { dryRun: true };
            }
            await updater.submit(key, change);
            return { dryRun: false };
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/reconcile-source.ts







async function reconcileSource(session, options) {
    const { client } = session;
    const github = new state_store/* GitHubStateStore */.Q(client, { repo: options.collection, branch: options.stateBranch });
    const store = options.dryRun ? new OverlayStore(github) : github;
    // The CLI publishes with the user's own token, so by default that user's pull requests are the trusted ones.
    const publisher = options.signingKey === undefined ? (options.publisher ?? (await (0,accounts/* readTokenLogin */.J)(client))) : undefined;
    const key = (0,state_codec/* stateKey */.bP)(options.source);
    const result = await reconcile({
        client,
        collection: options.collection,
        policy: {
            ...(options.signingKey !== undefined && { signingKey: options.signingKey }),
            ...(publisher !== undefined && { publisher }),
            branchTemplate: options.branchTemplate,
            collection: (0,repo_ref/* formatRepoRef */.N)(options.collection),
        },
        writer: createStateWriter(store, { dryRun: false, windowMs: 0 }, session.env),
        store: github,
        log: session.log,
    }, { runId: "nexs-publish cli", keys: [key] });
    return { result, store, key };
}


/***/ }),

/***/ 9348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ emptyStateDocument)
/* harmony export */ });
/* harmony import */ var _state_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1188);

/** The document a source gets on its first publish: nothing merged, nothing submitted. */
function emptyStateDocument(source) {
    return {
        schema: _state_document_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_SCHEMA_VERSION */ .b,
        source: { ...source },
        base: {},
        submissions: {},
        stats: { total: 0, pending: 0, draft: 0, merged: 0, rejected: 0 },
        history: [],
    };
}


/***/ }),

/***/ 4936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ digestElements),
/* harmony export */   T3: () => (/* binding */ elementsMatchDigest)
/* harmony export */ });
/* unused harmony export canonicalElements */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The canonical text of an element list: sorted by id (then path, then blob, so even a list with a repeated id
 * has one order), each element as `{"id","path","blob"}` in that key order, as one JSON array. The order in
 * which the publisher or the state document happens to hold the list does not change it.
 */
function canonicalElements(elements) {
    const sorted = elements
        .map((e) => ({ id: e.id, path: e.path, blob: e.blob }))
        .sort((a, b) => compare(a.id, b.id) || compare(a.path, b.path) || compare(a.blob, b.blob));
    return JSON.stringify(sorted);
}
function digestElements(elements) {
    return {
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(canonicalElements(elements), "utf8").digest("hex"),
        count: elements.length,
    };
}
/** Whether a list (from the state document, say) is the one a digest-form marker was signed for. */
function elementsMatchDigest(elements, digest) {
    if (elements.length !== digest.count)
        return false;
    return digestElements(elements).sha256 === digest.sha256;
}
/** Code-unit order: the same on every machine and locale. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 9392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ encodeMarker),
/* harmony export */   EQ: () => (/* binding */ trustByOrigin),
/* harmony export */   KH: () => (/* binding */ verifyMarker)
/* harmony export */ });
/* unused harmony export signPayloadText */
/* harmony import */ var _crypto_hmac_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2342);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1047);
/* harmony import */ var _marker_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4936);



function signPayloadText(payloadText, key) {
    return (0,_crypto_hmac_js__WEBPACK_IMPORTED_MODULE_0__/* .hmacSha256 */ .TR)(key, payloadText).toString("base64url");
}
/**
 * A complete marker; without a key the signature is left empty. It lists the elements (v1) when the whole
 * marker fits `listBudget` characters, else it carries their digest (v2): the marker of any submission, however
 * large, fits a PR body.
 */
function encodeMarker(content, key, listBudget = _marker_js__WEBPACK_IMPORTED_MODULE_1__/* .MARKER_LIST_BUDGET */ .So) {
    const { source, commit, issuedAt } = content;
    const listed = signedMarker({ source, commit, issuedAt, form: "list", elements: [...content.elements] }, key);
    if (listed.length <= listBudget)
        return listed;
    return signedMarker({ source, commit, issuedAt, form: "digest", digest: (0,_marker_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestElements */ .Cy)(content.elements) }, key);
}
function signedMarker(payload, key) {
    const payloadText = (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .encodePayload */ .vy)(payload);
    return (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMarker */ .gJ)(payloadText, key === undefined ? "" : signPayloadText(payloadText, key), (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .markerVersion */ .$b)(payload));
}
/**
 * A trusted payload says which form it has: `list` carries the elements; `digest` names them by the SHA-256 of
 * the canonical list, to be checked (elementsMatchDigest) against the submission's list in the state document
 * before that list is used.
 */
function verifyMarker(body, key, expected = {}) {
    const parsed = (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(body);
    if (!parsed.ok)
        return { trust: "untrusted", reason: parsed.problem, detail: parsed.detail };
    const { payloadText, signatureText, payload } = parsed.marker;
    if (signatureText.length === 0)
        return { trust: "untrusted", reason: "unsigned", detail: "the marker carries no signature" };
    if (!(0,_crypto_hmac_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyHmacSha256 */ .Q9)(key, payloadText, Buffer.from(signatureText, "base64url"))) {
        return {
            trust: "untrusted",
            reason: "bad-signature",
            detail: "the signature does not match the payload under the configured key",
        };
    }
    const mismatch = sourceMismatch(payload, expected);
    if (mismatch)
        return { trust: "untrusted", reason: "source-mismatch", detail: mismatch };
    return { trust: "trusted", payload, by: "signature" };
}
/** The no-key rule: the payload still has to parse, and the PR must come from the publisher's own branch. */
function trustByOrigin(body, pr, expected) {
    const parsed = (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(body);
    if (!parsed.ok)
        return { trust: "untrusted", reason: parsed.problem, detail: parsed.detail };
    // GitHub compares owner/repository names and logins without regard to case.
    if (pr.headRepository.toLowerCase() !== expected.collection.toLowerCase()) {
        return {
            trust: "untrusted",
            reason: "fork",
            detail: `the head is in ${pr.headRepository}, not ${expected.collection}`,
        };
    }
    if (pr.headRef !== expected.branch)
        return {
            trust: "untrusted",
            reason: "branch-mismatch",
            detail: `head branch "${pr.headRef}" is not "${expected.branch}"`,
        };
    if (pr.author.toLowerCase() !== expected.author.toLowerCase()) {
        return {
            trust: "untrusted",
            reason: "author-mismatch",
            detail: `author "${pr.author}" is not "${expected.author}"`,
        };
    }
    const mismatch = sourceMismatch(parsed.marker.payload, expected);
    if (mismatch)
        return { trust: "untrusted", reason: "source-mismatch", detail: mismatch };
    return { trust: "trusted", payload: parsed.marker.payload, by: "branch-and-author" };
}
function sourceMismatch(payload, expected) {
    if (expected.id !== undefined && payload.source.id !== expected.id)
        return `the marker names repository id ${payload.source.id}, expected ${expected.id}`;
    if (expected.name !== undefined && payload.source.name.toLowerCase() !== expected.name.toLowerCase()) {
        return `the marker names ${payload.source.name}, expected ${expected.name}`;
    }
    return undefined;
}


/***/ }),

/***/ 1047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ markerVersion),
/* harmony export */   Ed: () => (/* binding */ findMarker),
/* harmony export */   So: () => (/* binding */ MARKER_LIST_BUDGET),
/* harmony export */   gJ: () => (/* binding */ formatMarker),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   vy: () => (/* binding */ encodePayload),
/* harmony export */   zi: () => (/* binding */ appendMarker)
/* harmony export */ });
/* unused harmony exports MARKER_OPEN, MAX_MARKER_PAYLOAD_CHARS */
/* harmony import */ var _state_json_decode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3498);
/* harmony import */ var _state_state_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9299);
/* harmony import */ var _state_state_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8698);
/* harmony import */ var _state_submission_elements_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2383);




/**
 * The hidden marker that ends a submission PR's body:
 *   <!-- nexs-publish:submission VERSION PAYLOAD.SIGNATURE -->
 * PAYLOAD is base64url JSON (MarkerPayload); SIGNATURE is base64url HMAC-SHA256 over the PAYLOAD text, or empty
 * when the publisher has no signing key (the App then trusts by branch and author instead).
 *
 * Two versions, both read: `v1` lists the elements (`elements`); `v2` carries, in place of a list too long for a
 * PR body, the SHA-256 digest of the canonical list and its length (`elementsDigest`; the list is in the state
 * document's submission). The publisher writes the oldest version that can say what it has to say, so a reader
 * that knows only v1 keeps working for every submission whose list fits, and says "unsupported version" rather
 * than "malformed" for the rest. A payload's keys are exact per version, so relabelling one cannot change its
 * meaning.
 */
const MARKER_OPEN = "<!-- nexs-publish:submission";
const MARKER_CLOSE = "-->";
/** A PR body holds at most 65,536 characters on GitHub; no honest payload is larger. */
const MAX_MARKER_PAYLOAD_CHARS = 65_536;
/**
 * The longest marker that still lists its elements (about 170 typical elements); past it the digest form is
 * written. Half a PR body: the other half stays for the table people read.
 */
const MARKER_LIST_BUDGET = 32_768;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const SOURCE_NAME_RULE = {
    pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/,
    meaning: "an owner/repository name",
};
const SHA256_RULE = { pattern: /^[0-9a-f]{64}$/, meaning: "a 64-character lowercase hex SHA-256" };
function markerVersion(payload) {
    return payload.form === "list" ? "v1" : "v2";
}
/** The payload's JSON, keys in a fixed order, as base64url: the exact text that is signed. */
function encodePayload(payload) {
    const source = { name: payload.source.name, id: payload.source.id };
    const canonical = payload.form === "list"
        ? {
            source,
            commit: payload.commit,
            elements: payload.elements.map((e) => ({ id: e.id, path: e.path, blob: e.blob })),
            issuedAt: payload.issuedAt,
        }
        : {
            source,
            commit: payload.commit,
            elementsDigest: { sha256: payload.digest.sha256, count: payload.digest.count },
            issuedAt: payload.issuedAt,
        };
    return Buffer.from(JSON.stringify(canonical), "utf8").toString("base64url");
}
function formatMarker(payloadText, signatureText, version = "v1") {
    return `${MARKER_OPEN} ${version} ${payloadText}.${signatureText} ${MARKER_CLOSE}`;
}
/** Removes any earlier markers, then ends the body with this one: exactly one marker, always last. */
function appendMarker(body, marker) {
    let rest = body;
    for (let at = rest.indexOf(MARKER_OPEN); at !== -1; at = rest.indexOf(MARKER_OPEN)) {
        const end = rest.indexOf(MARKER_CLOSE, at);
        rest = rest.slice(0, at) + (end === -1 ? "" : rest.slice(end + MARKER_CLOSE.length));
    }
    const trimmed = rest.trimEnd();
    return trimmed.length > 0 ? `${trimmed}\n\n${marker}\n` : `${marker}\n`;
}
/** The text of the LAST marker in the body (a later one always overrides an earlier one), if any. */
function findMarker(body) {
    const at = body.lastIndexOf(MARKER_OPEN);
    if (at === -1)
        return undefined;
    const end = body.indexOf(MARKER_CLOSE, at);
    return end === -1 ? body.slice(at) : body.slice(at, end + MARKER_CLOSE.length);
}
/** Parses the last marker of a body; never throws. */
function parseMarker(body) {
    const text = findMarker(body);
    if (text === undefined)
        return { ok: false, problem: "missing", detail: "the body has no nexs-publish marker" };
    if (!text.endsWith(MARKER_CLOSE))
        return { ok: false, problem: "malformed", detail: "the marker is not closed" };
    const inner = text.slice(MARKER_OPEN.length, -MARKER_CLOSE.length).trim().split(/\s+/);
    if (inner.length !== 2)
        return { ok: false, problem: "malformed", detail: "expected a version and PAYLOAD.SIGNATURE" };
    const [version = "", token = ""] = inner;
    if (version !== "v1" && version !== "v2")
        return { ok: false, problem: "unsupported-version", detail: `marker version "${version.slice(0, 20)}"` };
    const dot = token.indexOf(".");
    const payloadText = dot === -1 ? token : token.slice(0, dot);
    const signatureText = dot === -1 ? "" : token.slice(dot + 1);
    if (payloadText.length > MAX_MARKER_PAYLOAD_CHARS)
        return { ok: false, problem: "too-large", detail: `payload of ${payloadText.length} characters` };
    if (!BASE64URL.test(payloadText) || !BASE64URL.test(signatureText) || payloadText.length === 0) {
        return { ok: false, problem: "malformed", detail: "payload or signature is not base64url" };
    }
    let json;
    try {
        json = JSON.parse(Buffer.from(payloadText, "base64url").toString("utf8"));
    }
    catch {
        return { ok: false, problem: "malformed", detail: "payload is not JSON" };
    }
    try {
        return { ok: true, marker: { version, payloadText, signatureText, payload: readPayload(json, version) } };
    }
    catch (error) {
        if (error instanceof _state_state_error_js__WEBPACK_IMPORTED_MODULE_1__/* .StateDocumentError */ .h)
            return { ok: false, problem: "malformed", detail: `payload ${error.path.replace(/^\$/, "")}: ${error.problem}` };
        throw error;
    }
}
function readPayload(value, version) {
    const root = (0,_state_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readObject */ .Ag)(value, "$", [
        "source",
        "commit",
        version === "v1" ? "elements" : "elementsDigest",
        "issuedAt",
    ]);
    const source = (0,_state_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readObject */ .Ag)(root.source, "$.source", ["name", "id"]);
    const common = {
        source: {
            name: (0,_state_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(source.name, "$.source.name", SOURCE_NAME_RULE),
            id: (0,_state_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readInteger */ .JI)(source.id, "$.source.id", 1),
        },
        commit: (0,_state_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(root.commit, "$.commit", _state_state_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA_RULE */ .g3),
        issuedAt: (0,_state_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(root.issuedAt, "$.issuedAt", _state_state_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMESTAMP_RULE */ .gS),
    };
    if (version === "v2") {
        const digest = (0,_state_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readObject */ .Ag)(root.elementsDigest, "$.elementsDigest", ["sha256", "count"]);
        return {
            ...common,
            form: "digest",
            digest: {
                sha256: (0,_state_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(digest.sha256, "$.elementsDigest.sha256", SHA256_RULE),
                count: (0,_state_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readInteger */ .JI)(digest.count, "$.elementsDigest.count", 0),
            },
        };
    }
    const elements = (0,_state_json_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .readArray */ .oU)(root.elements, "$.elements").map((raw, i) => (0,_state_submission_elements_js__WEBPACK_IMPORTED_MODULE_3__/* .readSubmissionElement */ .zm)(raw, (0,_state_state_error_js__WEBPACK_IMPORTED_MODULE_1__/* .childPath */ .c)("$.elements", i)));
    const ids = new Set(elements.map((e) => e.id));
    if (ids.size !== elements.length)
        throw new _state_state_error_js__WEBPACK_IMPORTED_MODULE_1__/* .StateDocumentError */ .h("$.elements", "an element id appears twice");
    return { ...common, form: "list", elements };
}


/***/ }),

/***/ 9728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ orderSnapshot),
/* harmony export */   wn: () => (/* binding */ compareOrder)
/* harmony export */ });
/* unused harmony exports instantOf, STATUS_PRECEDENCE */
/** Milliseconds since the epoch of an RFC 3339 time; throws on anything else (a bug in the caller, not data). */
function instantOf(timestamp) {
    const ms = Date.parse(timestamp);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(timestamp) || Number.isNaN(ms)) {
        throw new RangeError(`"${timestamp}" is not an RFC 3339 timestamp`);
    }
    return ms;
}
/**
 * Tracking's ordering rule. A later `updated_at` is newer, an earlier one older. At the same instant (GitHub
 * keeps whole seconds, so a close and a reopen in one second carry the same `updated_at`) the same status and
 * head is the same snapshot; otherwise the snapshots alone cannot tell which came last, so the answer is
 * `ambiguous` and the caller asks GitHub (a precedence such as "closing wins" picked the closed one of a
 * close-then-reopen and left an open PR recorded as rejected). One exception: a merge is final, so at the same
 * instant a merged snapshot is newer than a record that is not merged, and a merged record is never replaced by
 * one that is not. Snapshots that never share an instant with another status or head are therefore totally
 * ordered by time, and every order of their arrival keeps the same one.
 */
function orderSnapshot(incoming, stored) {
    const byTime = instantOf(incoming.updatedAt) - instantOf(stored.updatedAt);
    if (byTime !== 0)
        return byTime > 0 ? "newer" : "older";
    if (incoming.status === stored.status && incoming.head === stored.head)
        return "same";
    if (stored.status === "merged" && incoming.status !== "merged")
        return "older";
    if (incoming.status === "merged" && stored.status !== "merged")
        return "newer";
    return "ambiguous";
}
/**
 * Publish's rule for its own record (recordSubmission), which only ever proposes an open PR: at the same
 * instant the more advanced status wins (draft < pending < rejected < merged), so a status the App moved in the
 * same second as the publish's response (a close, a merge) is kept; then the greater head SHA.
 */
const STATUS_PRECEDENCE = {
    draft: 0,
    pending: 1,
    rejected: 2,
    merged: 3,
};
/** Publish's order (STATUS_PRECEDENCE): negative when a is older than b, positive when newer, 0 for the same key. */
function compareOrder(a, b) {
    return (instantOf(a.updatedAt) - instantOf(b.updatedAt) ||
        STATUS_PRECEDENCE[a.status] - STATUS_PRECEDENCE[b.status] ||
        (a.head < b.head ? -1 : a.head > b.head ? 1 : 0));
}


/***/ }),

/***/ 3486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cy: () => (/* binding */ updateWithRetry)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY_POLICY, UpdateConflictError, backoffDelay */
const DEFAULT_RETRY_POLICY = { maxAttempts: 10, baseDelayMs: 50, maxDelayMs: 2_000 };
class UpdateConflictError extends Error {
    key;
    attempts;
    name = "UpdateConflictError";
    constructor(key, attempts) {
        super(`could not update "${key}": another writer changed it before each of ${attempts} attempts. ` +
            "Nothing was lost; run again, or raise the attempt limit if many writers update this document at once.");
        this.key = key;
        this.attempts = attempts;
    }
}
/** Full jitter: a uniform wait below an exponentially growing ceiling spreads colliding writers apart. */
function backoffDelay(attempt, policy, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(random() * ceiling);
}
/**
 * Read, parse, change, serialize, compare-and-swap; on a conflict, re-read and re-apply the change. Writes only
 * when the serialized text differs from what was read.
 */
async function updateWithRetry(store, key, codec, change, options, env) {
    const policy = options.policy ?? DEFAULT_RETRY_POLICY;
    for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
        const stored = await store.read(key);
        const current = stored === undefined ? undefined : codec.parse(stored.text);
        const next = change(current);
        const text = next === undefined ? undefined : codec.serialize(next);
        if (text === undefined || text === stored?.text) {
            return { document: current, version: stored?.version, written: false, attempts: attempt };
        }
        const outcome = await store.write(key, text, stored?.version ?? null, options.message);
        if (outcome.ok)
            return { document: next, version: outcome.version, written: true, attempts: attempt };
        if (attempt < policy.maxAttempts)
            await env.sleep(backoffDelay(attempt, policy, env.random));
    }
    throw new UpdateConflictError(key, policy.maxAttempts);
}


/***/ }),

/***/ 4819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readTokenLogin),
/* harmony export */   q: () => (/* binding */ readRepositoryId)
/* harmony export */ });
/* harmony import */ var _core_names_repo_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3974);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6419);


/** GitHub's numeric id of a repository (the marker names the source by it: it survives renames). */
async function readRepositoryId(client, repo) {
    const where = (0,_core_names_repo_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepoRef */ .N)(repo);
    const { data } = await (0,_github_error_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)({ attempted: `read ${where}`, repository: where }, () => client.rest.repos.get({ ...repo }));
    return data.id;
}
/** The login the token acts as; undefined for a token that has no user (an App installation's). */
async function readTokenLogin(client) {
    return client.rest.users.getAuthenticated().then(({ data }) => data.login, () => undefined);
}


/***/ })

};
