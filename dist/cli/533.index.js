export const id = 533;
export const ids = [533];
export const modules = {

/***/ 8533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  help: () => (/* binding */ help),
  run: () => (/* binding */ run),
  summary: () => (/* binding */ summary)
});

// EXTERNAL MODULE: ./src/core/common/plural.ts
var plural = __webpack_require__(2695);
// EXTERNAL MODULE: ./src/core/names/source-template.ts
var source_template = __webpack_require__(5442);
;// CONCATENATED MODULE: ./src/core/publish/branch-roles.ts
// Publish writes three branches of the collection with three jobs: the pull request's head (force-moved on every
// change), the base it targets, and the state branch (every source's state documents). Two of them being one
// branch would lose work: a head that is the state branch force-moves it onto the elements and drops the other
// sources' state; a state branch that is the base commits state documents straight onto it.
/** The first two roles that name one branch, as "what must differ from what", if any; `name` spells a role. */
function branchRolesProblem(roles, name) {
    const pairs = [
        ["branch", "base"],
        ["branch", "stateBranch"],
        ["stateBranch", "base"],
    ];
    for (const [a, b] of pairs) {
        const same = roles[a];
        if (same !== undefined && same === roles[b])
            return `${name(a)} must differ from ${name(b)} (both are "${same}")`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/core/publish/defaults.ts
var defaults = __webpack_require__(3305);
// EXTERNAL MODULE: ./src/core/sync/resolve.ts
var resolve = __webpack_require__(5663);
// EXTERNAL MODULE: ./src/github/accounts.ts
var accounts = __webpack_require__(4819);
// EXTERNAL MODULE: ./src/core/git/tree-hash.ts
var tree_hash = __webpack_require__(9163);
// EXTERNAL MODULE: ./src/core/names/repo-ref.ts
var repo_ref = __webpack_require__(3974);
;// CONCATENATED MODULE: ./src/core/publish/commit-message.ts

/** The message of the one commit a publish writes: how many files, from which source commit. */
function commitMessage(source, commit, changes) {
    return `nexs-publish: ${(0,plural/* countOf */.p)(changes, "element")} from ${source}@${commit.slice(0, 12)}`;
}

// EXTERNAL MODULE: ./src/core/publish/counts-text.ts
var counts_text = __webpack_require__(255);
// EXTERNAL MODULE: ./src/core/publish/plan-publish.ts + 1 modules
var plan_publish = __webpack_require__(7996);
// EXTERNAL MODULE: ./src/core/publish/prepare-elements.ts + 1 modules
var prepare_elements = __webpack_require__(7113);
;// CONCATENATED MODULE: ./src/core/publish/recorded-pull-request.ts
/** What the state already knows of the open PR, for a run that needs no PR call: its recorded updatedAt stays. */
function recordedPullRequest(open) {
    return {
        number: open.number,
        url: open.url,
        nodeId: open.nodeId,
        headSha: open.head,
        operation: "none",
        reopened: false,
        updatedAt: open.updatedAt,
        createdAt: open.createdAt,
        draft: open.status === "draft",
    };
}
/** A publish's operation from its commit's and its PR's: created when the PR is new, none when neither changed. */
function publishOperation(commit, pullRequest) {
    if (pullRequest === "created")
        return "created";
    return commit !== "none" || pullRequest !== "none" ? "updated" : "none";
}

// EXTERNAL MODULE: ./src/core/state/submission-elements.ts
var submission_elements = __webpack_require__(2383);
// EXTERNAL MODULE: ./src/core/state/state-document.ts
var state_document = __webpack_require__(1188);
// EXTERNAL MODULE: ./src/core/state/state-empty.ts
var state_empty = __webpack_require__(9348);
// EXTERNAL MODULE: ./src/core/state/stats.ts
var stats = __webpack_require__(5926);
// EXTERNAL MODULE: ./src/core/tracking/snapshot-order.ts
var snapshot_order = __webpack_require__(9728);
;// CONCATENATED MODULE: ./src/core/tracking/record-submission.ts





const OPEN = new Set(["pending", "draft"]);
/**
 * Records the publish's submission as open. A pure function of the stored document (the retry helper may apply
 * it several times): it returns undefined, so nothing is written, when the record already says the same thing,
 * so a re-run that changed nothing writes nothing. The elements and head are this publish's; the status and the
 * ordering key follow the snapshot rule: a record the App moved later than this run's view of the PR (merged a
 * moment ago, say) keeps its status, and `updatedAt` never goes backwards.
 */
function recordSubmission(record) {
    return (current) => {
        const document = current ?? (0,state_empty/* emptyStateDocument */.a)(record.source);
        const key = String(record.number);
        const existing = document.submissions[key];
        const newer = !existing || (0,snapshot_order/* compareOrder */.wn)(record, existing) >= 0;
        const status = newer ? record.status : existing.status;
        const elements = record.elements.map((e) => ({ id: e.id, path: e.path, blob: e.blob }));
        if (existing &&
            existing.status === status &&
            existing.head === record.head &&
            existing.url === record.url &&
            existing.nodeId === record.nodeId &&
            (0,submission_elements/* sameElements */.QE)(existing.elements, elements) &&
            current !== undefined &&
            (record.source.id === undefined || document.source.id === record.source.id)) {
            return undefined;
        }
        const next = {
            number: record.number,
            status,
            elements,
            url: record.url,
            nodeId: record.nodeId,
            head: record.head,
            createdAt: existing?.createdAt ?? record.createdAt,
            updatedAt: newer ? record.updatedAt : existing.updatedAt,
            ...(record.runId !== undefined
                ? { lastDelivery: record.runId }
                : existing?.lastDelivery !== undefined
                    ? { lastDelivery: existing.lastDelivery }
                    : {}),
        };
        const submissions = { ...document.submissions, [key]: next };
        const from = existing?.status ?? null;
        const history = from === status
            ? document.history
            : [
                ...document.history,
                {
                    at: record.updatedAt,
                    number: record.number,
                    from,
                    to: status,
                    ...(record.runId !== undefined && { delivery: record.runId }),
                },
            ].slice(-state_document/* HISTORY_LIMIT */.D);
        const source = record.source.id !== undefined ? { ...document.source, id: record.source.id } : document.source;
        return { ...document, source, submissions, stats: (0,stats/* computeStats */.b)(submissions), history };
    };
}
/** The newest open submission of the document: the PR this source is proposing right now, if any. */
function openSubmission(document) {
    if (!document)
        return undefined;
    let newest;
    for (const submission of Object.values(document.submissions)) {
        if (OPEN.has(submission.status) && (!newest || submission.number > newest.number))
            newest = submission;
    }
    return newest;
}

// EXTERNAL MODULE: ./src/core/git/object-sha.ts
var object_sha = __webpack_require__(4318);
// EXTERNAL MODULE: ./src/github/collection-read.ts + 1 modules
var collection_read = __webpack_require__(8419);
// EXTERNAL MODULE: ./src/github/github-error.ts
var github_error = __webpack_require__(6419);
;// CONCATENATED MODULE: ./src/github/commit-writer.ts





const MAX_CHUNK = 100;
function treeMode(mode) {
    switch (mode) {
        case "100644":
        case "100755":
        case "040000":
        case "160000":
        case "120000":
            return mode;
        default:
            return tree_hash/* FILE_MODE */.rE;
    }
}
function isUnder(path, dir) {
    return path.startsWith(`${dir}/`);
}
/** The effective edits (unchanged files and deletions of absent files dropped) and the request items. */
function plan(baseTree, changes) {
    const existing = new Map(baseTree.entries.filter((entry) => entry.type === "blob").map((entry) => [entry.path, entry]));
    const seen = new Set();
    const edits = [];
    const contents = new Map();
    for (const change of changes) {
        if (seen.has(change.path))
            throw new Error(`the same path is written twice in one commit: ${change.path}`);
        seen.add(change.path);
        const before = existing.get(change.path);
        if (change.content === null) {
            if (before)
                edits.push({ path: change.path, blob: null });
            continue;
        }
        const sha = (0,object_sha/* textBlobSha */.bz)(change.content);
        if (before?.sha === sha)
            continue;
        edits.push({ path: change.path, blob: { sha, mode: before?.mode ?? tree_hash/* FILE_MODE */.rE } });
        contents.set(change.path, change.content);
    }
    const result = (0,tree_hash/* applyTreeEdits */.CA)(baseTree, edits);
    const items = result.emptiedDirs.map((path) => ({ path, mode: tree_hash/* TREE_MODE */.tk, type: "tree", sha: null }));
    for (const edit of edits) {
        if (edit.blob) {
            items.push({
                path: edit.path,
                mode: treeMode(edit.blob.mode),
                type: "blob",
                content: contents.get(edit.path) ?? "",
            });
        }
        else if (!result.emptiedDirs.some((dir) => isUnder(edit.path, dir))) {
            // Git drops a directory emptied of files; deleting it as a whole makes GitHub and its emulators agree.
            items.push({
                path: edit.path,
                mode: treeMode(existing.get(edit.path)?.mode ?? tree_hash/* FILE_MODE */.rE),
                type: "blob",
                sha: null,
            });
        }
    }
    return { tree: result.sha, items, changed: edits.length };
}
/**
 * The one-commit writer: a tree on top of the base tree (inline contents, chunks of at most 100 entries,
 * each chunk's tree the base of the next), one commit whose parent is the base head, and the branch ref
 * created or force-moved - never reset to base first, since GitHub closes a pull request left without a diff.
 * The resulting tree is hashed locally first: when the branch already holds it, nothing is written.
 */
async function writeCommit(client, input) {
    const where = (0,repo_ref/* formatRepoRef */.N)(input.repo);
    const { tree, items, changed } = plan(input.baseTree, input.changes);
    const head = input.branchHead === undefined ? await (0,collection_read/* readBranchHead */.z)(client, input.repo, input.branch) : input.branchHead;
    if (head?.tree === tree)
        return { operation: "none", commit: head.commit, tree, changed };
    // Nothing differs from base: a branch at base would be a pull request without a diff, so leave it be.
    if (changed === 0)
        return { operation: "none", commit: head?.commit ?? input.base.commit, tree: head?.tree ?? tree, changed };
    const chunkSize = Math.max(1, Math.min(MAX_CHUNK, input.chunkSize ?? MAX_CHUNK));
    let built = input.base.tree;
    for (let start = 0; start < items.length; start += chunkSize) {
        const chunk = items.slice(start, start + chunkSize);
        const response = await (0,github_error/* attempt */.CD)({ attempted: `create a tree on ${where}`, repository: where, path: chunk[0]?.path }, () => client.rest.git.createTree({ ...input.repo, base_tree: built, tree: chunk }));
        built = response.data.sha;
    }
    if (built !== tree)
        input.log?.warn(`GitHub built tree ${built} where ${tree} was expected; re-runs may write again.`);
    const commit = await (0,github_error/* attempt */.CD)({ attempted: `create a commit on ${where}`, repository: where }, () => client.rest.git.createCommit({
        ...input.repo,
        message: input.message,
        tree: built,
        parents: [input.base.commit],
        ...(input.author ? { author: input.author } : {}),
    }));
    const sha = commit.data.sha;
    const operation = await moveBranch(client, input.repo, input.branch, sha, head != null);
    return { operation, commit: sha, tree: built, changed };
}
/** Creates the ref, or force-moves it; each falls back to the other when the branch appeared or vanished meanwhile. */
async function moveBranch(client, repo, branch, sha, exists) {
    const where = (0,repo_ref/* formatRepoRef */.N)(repo);
    const create = () => client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
    const update = () => client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
    const context = { attempted: `move branch ${branch} of ${where} to ${sha}`, repository: where };
    try {
        if (exists) {
            await update();
            return "updated";
        }
        await create();
        return "created";
    }
    catch (error) {
        const failure = (0,github_error/* httpFailure */.tG)(error);
        const fallBack = exists
            ? failure?.status === 404 || (failure?.status === 422 && /does not exist|not found/i.test(failure.message))
            : failure?.status === 422 && /already exists/i.test(failure.message);
        if (!fallBack)
            throw (0,github_error/* toGitHubError */.Lg)(error, context);
        if (exists) {
            await (0,github_error/* attempt */.CD)(context, create);
            return "created";
        }
        await (0,github_error/* attempt */.CD)(context, update);
        return "updated";
    }
}

// EXTERNAL MODULE: ./src/core/tracking/marker-trust.ts
var marker_trust = __webpack_require__(9392);
// EXTERNAL MODULE: ./src/core/redact/redactor.ts
var redactor = __webpack_require__(7825);
// EXTERNAL MODULE: ./src/core/report/visible-text.ts
var visible_text = __webpack_require__(6182);
;// CONCATENATED MODULE: ./src/core/report/markdown-escape.ts
// Element files, ids and messages are untrusted: in a job summary they must render as plain text, never
// as a table break, a link, an image, emphasis, math, a mention or raw HTML.


const SPECIAL = /[\\`*_{}[\]()#!|<>&"'~$:@]/g;
// Line breaks would end the table row.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
/**
 * Text for one markdown table cell: redacted first (once escaped, a secret no longer looks like one), control and
 * bidi characters shown as `\uXXXX`, and every character markdown or HTML could read as syntax made an entity.
 */
function escapeMarkdownCell(text, maxLength = 1000) {
    const shown = (0,visible_text/* visibleLine */.P)((0,redactor/* redactText */.Rd)(text).replace(LINE_BREAK, " "));
    const clipped = shown.length > maxLength ? `${clip(shown, maxLength)}…` : shown;
    return clipped.replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
}
/** The first `length` UTF-16 units, without cutting a surrogate pair in half. */
function clip(text, length) {
    const last = text.charCodeAt(length - 1);
    return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

// EXTERNAL MODULE: ./src/core/tracking/marker.ts
var marker = __webpack_require__(1047);
;// CONCATENATED MODULE: ./src/core/publish/pr-body.ts


/** GitHub refuses a pull-request body longer than this many characters. */
const PR_BODY_MAX_CHARS = 65_536;
const CHANGE = {
    add: "added",
    update: "updated",
    delete: "deleted",
    conflict: "conflict resolved",
};
/**
 * The PR body: what the source proposes (a table), what was left out and why, and the marker last. It always
 * fits `maxChars` with the marker: the left-out list gets at most half of the room the marker leaves, the table
 * the rest, and a list cut short ends with "…and N more". Element ids, paths and reasons are escaped: they come
 * from the source repository.
 */
function pullRequestBody(input, maxChars = PR_BODY_MAX_CHARS) {
    const proposed = input.rows.filter((row) => row.proposed);
    const left = input.rows.filter((row) => !row.proposed && (row.blocking || row.outcome === "remote-changed"));
    const head = [
        `Elements from \`${input.source}\` at ${input.commit.slice(0, 12)}, published by nexs-publish.`,
        "",
        `**${proposed.length} ${proposed.length === 1 ? "file" : "files"}** in this pull request.`,
        "",
        "| Element | Path | Change |",
        "| --- | --- | --- |",
    ];
    // appendMarker joins the two as `${body}\n\n${marker}\n`; lengthOf counts a newline after every line.
    const room = maxChars - input.marker.length - 2 - lengthOf(head);
    if (room < 0)
        throw new Error(`a marker of ${input.marker.length} characters leaves no room for a pull-request body of at most ${maxChars}`);
    let tail = [];
    if (left.length > 0) {
        const open = [
            "",
            "<details><summary>Not included</summary>",
            "",
            "| Element | Path | Why |",
            "| --- | --- | --- |",
        ];
        const close = ["", "</details>"];
        const rows = left.map((row) => `| ${cell(row.id)} | ${cell(row.path)} | ${cell(row.reason)} |`);
        const tailRoom = Math.floor(room / 2) - lengthOf(open) - lengthOf(close);
        if (tailRoom > 0)
            tail = [
                ...open,
                ...fitLines(rows, tailRoom, (n) => ["", `…and ${n} more left out (the job summary lists them all).`]),
                ...close,
            ];
    }
    const rows = proposed.map((row) => `| ${cell(row.id)}${row.private ? " 🔒" : ""} | ${cell(row.path)} | ${CHANGE[row.outcome] ?? row.outcome} |`);
    const table = fitLines(rows, room - lengthOf(tail), (n) => [
        "",
        `…and ${n} more ${n === 1 ? "element" : "elements"} (see the Files changed tab).`,
    ]);
    return (0,marker/* appendMarker */.zi)([...head, ...table, ...tail].join("\n"), input.marker);
}
/**
 * As many lines as fit `room` (counting a newline after each); when some are left over, the lines `more(n)`
 * for the n left (after a blank line, so a markdown table ends before them) take the place kept for them.
 */
function fitLines(lines, room, more) {
    if (lengthOf(lines) <= room)
        return [...lines];
    // Fewer left means no more digits, so the note for all of them bounds the note actually written.
    const reserve = lengthOf(more(lines.length));
    const out = [];
    let used = reserve;
    for (const line of lines) {
        if (used + line.length + 1 > room)
            break;
        out.push(line);
        used += line.length + 1;
    }
    return used > room ? [] : [...out, ...more(lines.length - out.length)];
}
function cell(text) {
    return escapeMarkdownCell(text, 300);
}
function lengthOf(lines) {
    return lines.reduce((sum, line) => sum + line.length + 1, 0);
}

;// CONCATENATED MODULE: ./src/core/publish/proposal-body.ts



/**
 * The PR body of a proposal: the table of what it changes, then the signed marker the App trusts. Past the
 * marker's list budget the marker carries the digest of the elements, whose list is the state's submission.
 */
function proposalBody(options, set, issuedAt) {
    const source = (0,repo_ref/* formatRepoRef */.N)(options.source);
    const marker = (0,marker_trust/* encodeMarker */.$N)({
        source: { name: source, id: options.source.id },
        commit: options.source.commit,
        elements: set.elements,
        issuedAt: issuedAt.toISOString(),
    }, options.signingKey);
    return pullRequestBody({ source, commit: options.source.commit, rows: set.rows, marker });
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts


/**
 * Find-or-create-or-update of the one pull request for a head branch. Creating first and treating 422
 * "already exists" as "find it" is race-safe: two runs at once end with one PR, both updating it.
 */
async function upsertPullRequest(client, input) {
    const where = (0,repo_ref/* formatRepoRef */.N)(input.repo);
    const headLabel = `${input.head.owner}:${input.head.branch}`;
    const sameHead = (pr) => pr.head.ref === input.head.branch && pr.head.repo?.owner.login.toLowerCase() === input.head.owner.toLowerCase();
    let existing;
    if (input.knownNumber !== undefined) {
        const known = input.knownNumber;
        const { data } = await (0,github_error/* attempt */.CD)({ attempted: `read pull request #${known} of ${where}`, repository: where }, () => client.rest.pulls.get({ ...input.repo, pull_number: known }));
        if (sameHead(data))
            existing = data;
    }
    else if (input.reopenClosed) {
        existing = (await listForHead(client, input, headLabel, "all"))[0];
    }
    if (existing?.state === "open")
        return update(client, input, existing, false);
    if (existing && input.reopenClosed && existing.merged_at === null) {
        const reopened = await reopen(client, input, existing);
        if (reopened)
            return reopened;
    }
    return create(client, input, headLabel, sameHead);
}
function baseOf(input) {
    return typeof input.base === "string" ? Promise.resolve(input.base) : input.base();
}
async function listForHead(client, input, head, state) {
    const where = (0,repo_ref/* formatRepoRef */.N)(input.repo);
    const base = await baseOf(input);
    const { data } = await (0,github_error/* attempt */.CD)({ attempted: `list pull requests for ${head} on ${where}`, repository: where }, () => client.rest.pulls.list({
        ...input.repo,
        head,
        base,
        state,
        sort: "updated",
        direction: "desc",
        per_page: 10,
    }));
    return data;
}
async function create(client, input, head, sameHead) {
    const where = (0,repo_ref/* formatRepoRef */.N)(input.repo);
    const base = await baseOf(input);
    const context = { attempted: `create the pull request ${head} → ${base} on ${where}`, repository: where };
    try {
        const { data } = await client.rest.pulls.create({
            ...input.repo,
            head,
            base,
            title: input.title,
            body: input.body,
            draft: input.draft ?? false,
        });
        await addMissingLabels(client, input, data.number, []);
        return result(data, "created", false);
    }
    catch (error) {
        const failure = (0,github_error/* httpFailure */.tG)(error);
        if (failure?.status !== 422 || !/already exists/i.test(failure.message))
            throw (0,github_error/* toGitHubError */.Lg)(error, context);
        // Someone (an earlier run, or one running right now) opened it first: update theirs.
        const open = (await listForHead(client, input, head, "open")).find(sameHead);
        if (!open)
            throw (0,github_error/* toGitHubError */.Lg)(error, context);
        return update(client, input, open, false);
    }
}
async function update(client, input, pr, reopened) {
    const where = (0,repo_ref/* formatRepoRef */.N)(input.repo);
    let current = pr;
    let changed = reopened;
    // The head was built on the base asked for now: a pull request left on another base would show that base's
    // difference too. The default branch's name comes with the pull request, at no call.
    const base = typeof input.base === "string" ? input.base : (pr.base.repo?.default_branch ?? pr.base.ref);
    const retarget = pr.base.ref !== base;
    if (pr.title !== input.title || (pr.body ?? "") !== input.body || retarget) {
        const { data } = await (0,github_error/* attempt */.CD)({ attempted: `update pull request #${pr.number} of ${where}`, repository: where }, () => client.rest.pulls.update({
            ...input.repo,
            pull_number: pr.number,
            title: input.title,
            body: input.body,
            ...(retarget && { base }),
        }));
        current = data;
        changed = true;
    }
    if (await addMissingLabels(client, input, pr.number, pr.labels))
        changed = true;
    return result(current, changed ? "updated" : "none", reopened);
}
async function reopen(client, input, pr) {
    const where = (0,repo_ref/* formatRepoRef */.N)(input.repo);
    try {
        const { data } = await client.rest.pulls.update({
            ...input.repo,
            pull_number: pr.number,
            state: "open",
            title: input.title,
            body: input.body,
        });
        const labelled = await addMissingLabels(client, input, pr.number, pr.labels);
        return result(data, labelled || data.state === "open" ? "updated" : "none", true);
    }
    catch (error) {
        // GitHub refuses to reopen a PR whose branch was deleted or rewritten while closed: open a new one.
        if ((0,github_error/* httpFailure */.tG)(error)?.status !== 422)
            throw (0,github_error/* toGitHubError */.Lg)(error, { attempted: `reopen pull request #${pr.number} of ${where}`, repository: where });
        input.log?.warn(`Pull request #${pr.number} could not be reopened (${(0,github_error/* httpFailure */.tG)(error)?.message ?? "422"}); opening a new one.`);
        return undefined;
    }
}
/** Adds the wanted labels the PR lacks; true when it had to. Labels are issue labels: one call for all. */
async function addMissingLabels(client, input, number, present) {
    const have = new Set(present.map((label) => label.name));
    const missing = (input.labels ?? []).filter((label) => !have.has(label));
    if (missing.length === 0)
        return false;
    const where = (0,repo_ref/* formatRepoRef */.N)(input.repo);
    await (0,github_error/* attempt */.CD)({ attempted: `label pull request #${number} of ${where}`, repository: where }, () => client.rest.issues.addLabels({ ...input.repo, issue_number: number, labels: missing }));
    return true;
}
function result(pr, operation, reopened) {
    return {
        number: pr.number,
        url: pr.html_url,
        nodeId: pr.node_id,
        headSha: pr.head.sha,
        operation,
        reopened,
        updatedAt: pr.updated_at,
        createdAt: pr.created_at,
        draft: pr.draft ?? false,
    };
}

;// CONCATENATED MODULE: ./src/github/publish/propose.ts


/** The publish's propose step: find, create or update the one PR of the source, its body ending in the marker. */
function proposeChanges(client, options, env, proposal) {
    return upsertPullRequest(client, {
        repo: options.collection,
        base: proposal.baseName,
        head: { owner: proposal.headOwner, branch: options.branch },
        title: options.title,
        body: proposalBody(options, proposal.set, env.now()),
        labels: options.labels,
        draft: options.draft,
        reopenClosed: options.reopenClosed,
        ...(proposal.open !== undefined && { knownNumber: proposal.open }),
        ...(env.log && { log: env.log }),
    });
}

// EXTERNAL MODULE: ./src/github/publish/read-collection.ts + 1 modules
var read_collection = __webpack_require__(5788);
// EXTERNAL MODULE: ./src/core/state/state-codec.ts + 4 modules
var state_codec = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/core/tracking/prefetched-store.ts
var prefetched_store = __webpack_require__(8583);
// EXTERNAL MODULE: ./src/core/tracking/update-with-retry.ts
var update_with_retry = __webpack_require__(3486);
;// CONCATENATED MODULE: ./src/github/publish/record.ts






/**
 * The publish's record step: the submission as open in the source's state document, a compare-and-swap that
 * starts from the document already read and writes nothing when the record says the same. True when recorded;
 * false when a fork-mode token may not write the collection (the App then records it from the signed marker).
 */
async function recordProposal(snapshot, options, env, proposal) {
    const { pr } = proposal;
    const record = (0,update_with_retry/* updateWithRetry */.cy)(new prefetched_store/* PrefetchedStore */.O(snapshot.store, snapshot.stateKey, snapshot.stored), snapshot.stateKey, state_codec/* STATE_CODEC */.tr, recordSubmission({
        source: { owner: options.source.owner, repo: options.source.repo, id: options.source.id },
        number: pr.number,
        url: pr.url,
        nodeId: pr.nodeId,
        head: proposal.head,
        elements: proposal.elements,
        status: pr.draft ? "draft" : "pending",
        updatedAt: pr.updatedAt,
        createdAt: pr.createdAt,
        ...(options.runId !== undefined && { runId: options.runId }),
    }), { message: `nexs-publish: ${(0,repo_ref/* formatRepoRef */.N)(options.source)} submission #${pr.number}` }, env);
    return record.then(() => true, (error) => {
        const denied = error instanceof github_error/* GitHubError */.y_ && (error.kind === "forbidden" || error.kind === "not-found");
        if (!options.fork || !denied)
            throw error;
        env.log?.warn(`The submission was not recorded in the collection's state (${error.githubMessage || error.kind}): the ` +
            "token may not write there; the nexs-publish App records it from the pull request.");
        return false;
    });
}

;// CONCATENATED MODULE: ./src/github/publish/publish.ts













/**
 * Publish (docs/architecture.md, "Publish"): prepare (validate, seal, place), read, plan, write one commit,
 * propose the PR, record the submission as open. The order commit → PR → state, each step idempotent and each
 * skipped when it would change nothing, is what makes a re-run after a failure anywhere converge to the state
 * of a run that never failed: the tree is hashed locally (no second commit for the same tree), the PR is found
 * again through GitHub's 422 or the recorded number, and the state write is a compare-and-swap that writes only
 * what differs.
 *
 * API calls for N changed elements: base head, state, tree, head branch, ⌈N/100⌉ trees, commit, ref, PR (create,
 * or read and update), state write; a re-run with nothing new stops after the four reads. With no `base`, the
 * base head is read as HEAD, and the default branch's name only when a PR is created (or in fork mode). On a fresh collection
 * (no state branch) the head branch is not read and the state write is the branch's tree, commit and ref
 * (README, "Cost and failure").
 */
async function publish(client, options, env) {
    const prepared = await (0,prepare_elements/* prepareElements */.Z)(options);
    if (prepared.kind === "refused")
        return prepared;
    const snapshot = await (0,read_collection/* readCollection */.H7)(client, options, env);
    const planned = await (0,plan_publish/* planPublish */.N)({
        local: prepared.local,
        remote: (0,tree_hash/* blobShas */.L1)(snapshot.tree),
        base: snapshot.document?.base ?? {},
        readBlob: (0,read_collection/* blobReader */.Js)(client, options.collection),
    }, options);
    env.log?.info(`Plan for ${(0,repo_ref/* formatRepoRef */.N)(options.source)} → ${(0,repo_ref/* formatRepoRef */.N)(options.collection)}: ${(0,counts_text/* countsText */.W)(planned.plan.counts)}.`);
    const open = openSubmission(snapshot.document);
    const recorded = open && recordedPullRequest(open);
    const result = (operation, pr, recordedState) => planResult(options, snapshot, planned, prepared.validation, { operation, pr, recorded: recordedState });
    if (options.dryRun || planned.set.changes.length === 0)
        return result("none", recorded, false);
    const written = await writeCommit(client, {
        repo: snapshot.headRepo,
        branch: options.branch,
        base: snapshot.baseHead,
        baseTree: snapshot.tree,
        changes: planned.set.changes,
        // Not read, or read as absent: creating the ref finds out, falling back to force-moving it.
        branchHead: snapshot.branchHead ?? null,
        message: commitMessage((0,repo_ref/* formatRepoRef */.N)(options.source), options.source.commit, planned.set.changes.length),
        ...(env.log && { log: env.log }),
    });
    // Nothing new: the branch holds this tree and the state already records this exact proposal on it.
    const upToDate = written.operation === "none" && open?.head === written.commit && (0,submission_elements/* sameElements */.QE)(open.elements, planned.set.elements);
    const pr = upToDate && recorded
        ? recorded
        : await proposeChanges(client, options, env, {
            baseName: snapshot.baseName,
            headOwner: snapshot.headRepo.owner,
            set: planned.set,
            open: open?.number,
        });
    const recordedState = await recordProposal(snapshot, options, env, {
        pr,
        head: written.commit,
        elements: planned.set.elements,
    });
    return result(publishOperation(written.operation, pr.operation), { ...pr, headSha: written.commit }, recordedState);
}
function planResult(options, snapshot, planned, validation, outcome) {
    const { pr } = outcome;
    const branch = options.fork ? `${snapshot.headRepo.owner}:${options.branch}` : options.branch;
    return {
        kind: "planned",
        dryRun: options.dryRun,
        operation: outcome.operation,
        ...(pr && {
            pullRequest: { number: pr.number, url: pr.url, nodeId: pr.nodeId, headSha: pr.headSha, branch },
            submission: `${(0,repo_ref/* formatRepoRef */.N)(options.collection)}#${pr.number}`,
        }),
        counts: planned.plan.counts,
        rows: planned.set.rows,
        blocking: planned.set.blocking,
        recorded: outcome.recorded,
        validation,
    };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/color.ts
var color = __webpack_require__(2477);
// EXTERNAL MODULE: ./src/cli/flags.ts + 1 modules
var flags = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
// EXTERNAL MODULE: ./src/cli/render-plan.ts
var render_plan = __webpack_require__(606);
// EXTERNAL MODULE: ./src/cli/session.ts
var cli_session = __webpack_require__(2594);
// EXTERNAL MODULE: ./src/cli/source.ts
var cli_source = __webpack_require__(3893);
// EXTERNAL MODULE: ./src/cli/terminal-text.ts
var terminal_text = __webpack_require__(5678);
;// CONCATENATED MODULE: ./src/cli/commands/publish.ts
















const summary = "Validate and propose the elements to the collection as one pull request (as the Action does)";
const help = `Usage: nexs-publish publish --collection <owner/repo> [options]

Does what the Action's \`command: publish\` does: validates the element files, plans each one against the
collection, writes one commit on the source's branch, opens or updates its one pull request (the body ends with
the signed marker) and records the submission in the collection's state branch. Nothing new: nothing written.

Options:
  --collection <owner/repo>   the collection repository (required)
  --branch <template>         head branch; {owner}/{repo} are the source (default: ${defaults/* DEFAULT_BRANCH_TEMPLATE */.oU})
  --title <template>          pull-request title (default: ${defaults/* DEFAULT_TITLE_TEMPLATE */.sK})
  --conflict-strategy <name>  ${resolve/* CONFLICT_STRATEGIES */.j7.join(", ")} (default: ${flags/* STRATEGY_FLAG */.Z9["conflict-strategy"].default})
  --delete-missing            delete what was removed from the source (only files kept exactly as merged)
  --dry-run                   read and plan, write nothing
${flags/* HELP */._$.signingKey}
${flags/* HELP */._$.encryptionKey}
  --labels <a,b>              labels for the pull request
  --draft                     open the pull request as a draft
  --fork                      push to your fork of the collection and open the pull request from there
  --reopen-closed             reopen a closed, unmerged pull request of the branch instead of opening one
${flags/* HELP */._$.path}
${flags/* HELP */._$.pathTemplate}
${flags/* HELP */._$.base}
${flags/* HELP */._$.stateBranch}
${flags/* HELP */._$.strict}
${flags/* HELP */._$.maxFileSize}
${flags/* HELP */._$.source}
  --commit <sha>              the source commit the marker names (default: HEAD of this Git repository)
${flags/* HELP */._$.token}
${flags/* HELP */._$.json}
${flags/* HELP */._$.help}

Keys are better passed as NEXS_SIGNING_KEY and NEXS_ENCRYPTION_KEY: a flag shows in the process list.
Exit status: 0 published (or nothing to do), 1 validation errors or elements left for a person, 2 usage problem.
`;
const FLAGS = {
    ...flags/* COMMON_FLAGS */.gd,
    ...flags/* ELEMENT_FLAGS */.J9,
    ...flags/* STATE_FLAGS */.Io,
    ...flags/* STRATEGY_FLAG */.Z9,
    commit: { type: "string" },
    branch: { type: "string", default: defaults/* DEFAULT_BRANCH_TEMPLATE */.oU },
    title: { type: "string", default: defaults/* DEFAULT_TITLE_TEMPLATE */.sK },
    "delete-missing": { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    "signing-key": { type: "string" },
    labels: { type: "string" },
    draft: { type: "boolean", default: false },
    fork: { type: "boolean", default: false },
    "reopen-closed": { type: "boolean", default: false },
};
async function run(args, io) {
    const { values } = (0,cli_args/* parseArgsOrExplain */.R)({ args: [...args], options: FLAGS, strict: true, allowPositionals: false });
    if (values.help) {
        io.stdout.write(help);
        return cli_io/* EXIT_OK */.Ij;
    }
    const collection = (0,cli_source/* repoFlag */.t$)("--collection", (0,flags/* requiredFlag */.SN)("collection", values.collection, "the owner/repo to publish to"));
    const conflictStrategy = (0,flags/* choiceFlag */.yq)("conflict-strategy", values["conflict-strategy"], resolve/* CONFLICT_STRATEGIES */.j7);
    const maxFileSize = (0,flags/* maxFileSizeFlag */.aK)(values["max-file-size"]);
    const pathTemplate = (0,flags/* pathTemplateFlag */.g8)(values["path-template"]);
    const encryptionKey = (0,flags/* encryptionKeyFlag */.Bo)(values["encryption-key"], io.env);
    const signingKey = (0,flags/* secretFlag */.Z1)(values["signing-key"], io.env, "NEXS_SIGNING_KEY");
    const stateBranch = (0,flags/* branchFlag */.vi)("state-branch", values["state-branch"]);
    await (0,flags/* requireExisting */.jR)(values.path, io.cwd, "--path");
    const name = await (0,cli_source/* resolveSourceName */.PH)(values.source, io.cwd, io.env);
    const branch = (0,flags/* branchFlag */.vi)("branch", (0,source_template/* fillSourceTemplate */.r)(values.branch, name));
    const base = values.base === undefined ? undefined : (0,flags/* branchFlag */.vi)("base", values.base);
    const flag = { branch: "--branch", stateBranch: "--state-branch", base: "--base" };
    const clash = branchRolesProblem({ branch, stateBranch, base }, (role) => flag[role]);
    if (clash)
        throw new cli_io/* UsageError */.eb(clash);
    const commit = await (0,cli_source/* resolveCommit */.WL)(values.commit, io.cwd, io.env);
    const session = await (0,cli_session/* connect */.N)(values, io);
    const source = { ...name, id: await (0,accounts/* readRepositoryId */.q)(session.client, name), commit };
    const options = {
        source,
        paths: [values.path],
        cwd: io.cwd,
        strict: values.strict,
        maxFileSize,
        collection,
        ...(base !== undefined && { base }),
        branch,
        pathTemplate,
        conflictStrategy,
        deleteMissing: values["delete-missing"],
        dryRun: values["dry-run"],
        ...(signingKey !== undefined && { signingKey }),
        ...(encryptionKey !== undefined && { encryptionKey }),
        labels: (0,flags/* listFlag */.v6)(values.labels),
        draft: values.draft,
        title: (0,source_template/* fillSourceTemplate */.r)(values.title, name),
        stateBranch,
        fork: values.fork,
        reopenClosed: values["reopen-closed"],
    };
    const progress = (0,cli_progress/* startProgress */.o)(io.stderr, values["dry-run"] ? "planning" : "publishing");
    const result = await publish(session.client, options, session.env).finally(() => progress.stop());
    if (result.kind === "refused")
        return (0,render_plan/* reportRefused */.XB)(result, io, values.json, "nothing was published");
    io.stdout.write(values.json ? `${JSON.stringify(resultJson(result))}\n` : report(result, io));
    if (result.blocking === 0)
        return cli_io/* EXIT_OK */.Ij;
    io.stderr.write(`nexs-publish: ${(0,plural/* countOf */.p)(result.blocking, "element was", "elements were")} left out and need a person ` +
        "(conflicts or ids already in the collection)\n");
    return cli_io/* EXIT_INVALID */.jL;
}
function report(result, io) {
    const changed = result.rows.filter((row) => row.outcome !== "unchanged");
    const pr = result.pullRequest;
    const outcome = pr
        ? `Pull request #${pr.number} (${result.operation}): ${(0,terminal_text/* printable */.g)(pr.url)}\n`
        : "No pull request: nothing to propose.\n";
    return ((0,render_plan/* formatRows */.dZ)(changed, (0,color/* wantsColor */.z)(io.stdout.isTTY, io.env)) +
        (0,render_plan/* planHeadline */.MM)(result.counts, result.blocking, result.dryRun) +
        (result.dryRun && !pr ? "" : outcome));
}
function resultJson(result) {
    return {
        kind: result.kind,
        dryRun: result.dryRun,
        operation: result.operation,
        ...(result.pullRequest && { pullRequest: result.pullRequest }),
        ...(result.submission && { submission: result.submission }),
        counts: result.counts,
        rows: result.rows.map(render_plan/* rowJson */.T9),
        blocking: result.blocking,
        recorded: result.recorded,
    };
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ startProgress)
/* harmony export */ });
const SILENT = { update() { }, stop() { } };
const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
/**
 * A one-line indicator on a terminal's stderr for long runs (stdout stays clean for pipes); silent when
 * stderr is not a terminal. It redraws from a timer while the event loop is free and from update() while
 * synchronous work keeps it busy. The line is erased when the run ends.
 */
function startProgress(stream, label, options = {}) {
    if (stream.isTTY !== true)
        return SILENT;
    const now = options.now ?? (() => performance.now());
    const delayMs = options.delayMs ?? 1000;
    const intervalMs = options.intervalMs ?? 100;
    const started = now();
    let counts;
    let frame = 0;
    let lastDraw;
    const draw = () => {
        const at = now();
        if (at - started < delayMs || (lastDraw !== undefined && at - lastDraw < intervalMs))
            return;
        lastDraw = at;
        const detail = counts ? ` ${counts.done}/${counts.total} files` : "";
        stream.write(`\r\u001b[2K${FRAMES[frame++ % FRAMES.length]} ${label}${detail} (${Math.floor((at - started) / 1000)}s)`);
    };
    const timer = setInterval(draw, intervalMs);
    timer.unref();
    return {
        update(done, total) {
            counts = { done, total };
            draw();
        },
        stop() {
            clearInterval(timer);
            if (lastDraw !== undefined)
                stream.write("\r\u001b[2K");
        },
    };
}


/***/ }),

/***/ 7996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ planPublish)
});

// EXTERNAL MODULE: ./src/core/sync/collection-ids.ts
var collection_ids = __webpack_require__(6068);
// EXTERNAL MODULE: ./src/core/sync/plan.ts
var sync_plan = __webpack_require__(8068);
// EXTERNAL MODULE: ./src/core/git/object-sha.ts
var object_sha = __webpack_require__(4318);
// EXTERNAL MODULE: ./src/core/state/submission-elements.ts
var submission_elements = __webpack_require__(2383);
// EXTERNAL MODULE: ./src/core/sync/resolve.ts
var resolve = __webpack_require__(5663);
// EXTERNAL MODULE: ./src/core/sync/validate-merged-text.ts
var validate_merged_text = __webpack_require__(2280);
;// CONCATENATED MODULE: ./src/core/publish/change-set.ts




/**
 * Turns the plan into file changes: adds, updates and deletes as planned; conflicts settled by the strategy
 * (reading only the blobs the strategy needs); id collisions and manual conflicts left out and marked blocking.
 */
async function buildChangeSet(plan, local, strategy, readBlob, validation) {
    const rows = [];
    const changes = [];
    const elements = [];
    const propose = (id, path, content) => {
        changes.push({ path, content });
        elements.push({ id, path, blob: content === null ? submission_elements/* DELETED_BLOB */.C6 : (0,object_sha/* textBlobSha */.bz)(content) });
    };
    for (const entry of plan.entries) {
        const item = local.get(entry.id);
        const base = {
            id: entry.id,
            path: entry.path,
            outcome: entry.outcome,
            reason: entry.reason,
            private: item?.private ?? false,
        };
        switch (entry.outcome) {
            case "add":
            case "update":
                if (item)
                    propose(entry.id, entry.path, item.content);
                rows.push({ ...base, proposed: item !== undefined, blocking: false });
                break;
            case "delete":
                propose(entry.id, entry.path, null);
                rows.push({ ...base, proposed: true, blocking: false });
                break;
            case "id-collision":
                rows.push({ ...base, proposed: false, blocking: true });
                break;
            case "conflict": {
                const resolution = await settle(entry, item, strategy, readBlob, validation);
                const content = resolution.action === "write" ? (resolution.text ?? item?.content) : undefined;
                if (content !== undefined)
                    propose(entry.id, entry.path, content);
                else if (resolution.action === "delete")
                    propose(entry.id, entry.path, null);
                const proposed = content !== undefined || resolution.action === "delete";
                rows.push({
                    ...base,
                    resolution: resolution.action,
                    reason: resolution.reason,
                    proposed,
                    blocking: resolution.action === "manual",
                });
                break;
            }
            default:
                rows.push({ ...base, proposed: false, blocking: false });
        }
    }
    return { rows, changes, elements, blocking: rows.filter((row) => row.blocking).length };
}
async function settle(entry, item, strategy, readBlob, validation) {
    const needed = (0,resolve/* textsNeeded */.Sd)(strategy);
    // The collection holds a private element's envelope: comparing or merging fields would need it decrypted,
    // and a merged file would have to be sealed again; a person decides instead.
    if (item?.private && needed.length > 0) {
        return {
            action: "manual",
            reason: `${entry.reason}; the ${strategy} strategy does not read encrypted (private) elements: resolve by hand`,
        };
    }
    const texts = {};
    if (needed.includes("local") && item)
        texts.local = item.plain;
    if (needed.includes("remote") && entry.remote !== undefined)
        texts.remote = await readBlob(entry.remote);
    if (needed.includes("base") && entry.base !== undefined)
        texts.base = await readBlob(entry.base);
    return (0,resolve/* resolveConflict */.BW)(entry, strategy, texts, (0,validate_merged_text/* validateMergedText */.U)(entry.path, validation));
}

;// CONCATENATED MODULE: ./src/core/publish/plan-publish.ts



/**
 * The three-way plan of every element against the collection, then the change set that settles it: what the
 * commit writes, what the PR proposes, and what needs a person. Pure but for `readBlob`, so the CLI's `plan`
 * runs it against a local checkout as the Action does against GitHub.
 */
async function planPublish(input, options) {
    const remoteIds = (0,collection_ids/* collectionIds */.D)(options.pathTemplate, input.remote.keys(), input.local);
    const plan = (0,sync_plan/* planSync */.R4)({
        local: input.local,
        remote: input.remote,
        base: input.base,
        deleteMissing: options.deleteMissing,
        ...(remoteIds !== undefined && { remoteIds }),
    });
    const byId = new Map(input.local.map((item) => [item.id, item]));
    const set = await buildChangeSet(plan, byId, options.conflictStrategy, input.readBlob, options);
    return { plan, set };
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

/***/ 8583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ PrefetchedStore)
/* harmony export */ });
/**
 * Serves one read already made (publish reads the document alongside the collection's tree), so the retry
 * helper's first attempt costs no second call; every later read goes to the store.
 */
class PrefetchedStore {
    store;
    prefetched;
    constructor(store, key, value) {
        this.store = store;
        this.prefetched = { key, value };
    }
    read(key) {
        const hit = this.prefetched;
        this.prefetched = undefined;
        return hit && hit.key === key ? Promise.resolve(hit.value) : this.store.read(key);
    }
    write(key, text, expected, message) {
        this.prefetched = undefined;
        return this.store.write(key, text, expected, message);
    }
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
