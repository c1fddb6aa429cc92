// npm run demo: the whole loop offline, in one command, no account needed. The GitHub emulator holds the
// collection, the source and the registered App; the committed App bundle tracks the collection from its
// webhooks; the committed Action bundle publishes examples/elements. Each step prints one line and checks what it
// says; the exit code is 0 only when every step did. Everything is stopped and removed at the end, on a failure
// and on Ctrl-C.
import { randomBytes } from "node:crypto";
import {
  api,
  COLLECTION,
  freePort,
  killActions,
  makeWorkdir,
  poll,
  removeWorkdir,
  runAction,
  SOURCE,
  StepError,
  short,
  startApp,
  startCountingProxy,
  startEmulator,
  tail,
  WAIT_MS,
} from "./demo/sandbox.mjs";

const STATE_BRANCH = "nexs-state";
const STATE_KEY = `sources/${SOURCE}.json`;
const CHECK_RUN_NAME = "nexs-publish";
/** How long to wait for the App's check run to appear at all, and then to complete. */
const CHECK_RUN_APPEAR_MS = 10_000;
const CHECK_RUN_COMPLETE_MS = 20_000;
const EDITED = "elements/skill/skill-code-review.yaml";
const LEVELS = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal" };

const started = Date.now();
// Random per run: nothing here is a real secret, and nothing outlives the run.
const webhookSecret = randomBytes(16).toString("hex");
const signingKey = randomBytes(24).toString("base64url");
const sandbox = { work: undefined, emulator: undefined, proxy: undefined, appProxy: undefined, app: undefined };
let cleaning;
/** The exit code of a SIGINT or SIGTERM, once one arrived: the run then only cleans up and exits with it. */
let interrupted;

/** Stops the App first (so its log is complete), then the Action runs, the proxy and the emulator; removes files. */
function cleanup() {
  cleaning ??= (async () => {
    killActions();
    await sandbox.app?.stop().catch(() => {});
    await sandbox.proxy?.close().catch(() => {});
    await sandbox.appProxy?.close().catch(() => {});
    // emulate may still hold a webhook delivery open (10 s timeout): do not wait for it past a second.
    await Promise.race([sandbox.emulator?.close().catch(() => {}), new Promise((done) => setTimeout(done, 1_000))]);
    if (sandbox.work) removeWorkdir(sandbox.work.root);
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    interrupted = signal === "SIGINT" ? 130 : 143;
    process.stdout.write(`✗ interrupted by ${signal}: stopping the App and the emulator\n`);
    void cleanup().finally(() => process.exit(interrupted));
  });
}

const say = (line) => process.stdout.write(`${line}\n`);

/** Runs one step: its line (✓) on success, else a StepError. */
async function step(title, run) {
  let result;
  try {
    result = await run();
  } catch (error) {
    error.step = title;
    throw error;
  }
  say(`✓ ${result}`);
}

function expect(condition, message, detail) {
  if (!condition) throw new StepError(message, detail);
}

const b64 = (text) => Buffer.from(text).toString("base64");
const unb64 = (text) => Buffer.from(text, "base64").toString("utf8");

async function readState() {
  const file = await api(sandbox.emulator.url, "GET", `/repos/${COLLECTION}/contents/${STATE_KEY}?ref=${STATE_BRANCH}`);
  return { sha: file.sha, doc: JSON.parse(unb64(file.content)) };
}

/** Everything a publish could write: every branch head, every pull request, the state document's blob. */
async function collectionSnapshot() {
  const url = sandbox.emulator.url;
  const branches = await api(url, "GET", `/repos/${COLLECTION}/branches?per_page=100`);
  const pulls = await api(url, "GET", `/repos/${COLLECTION}/pulls?state=all&per_page=100`);
  const { sha } = await readState();
  return {
    heads: Object.fromEntries(branches.map((branch) => [branch.name, branch.commit.sha])),
    pulls: pulls.map((pull) => `${pull.number}:${pull.state}:${pull.head.sha}:${pull.updated_at}`).sort(),
    state: sha,
  };
}

function plan(run) {
  try {
    return JSON.parse(run.outputs.get("plan") ?? "");
  } catch {
    throw new StepError("the Action wrote no plan output", run.log);
  }
}

function actionTail(run) {
  return run.log.trimEnd().split("\n").slice(-15).join("\n");
}

async function main() {
  const work = makeWorkdir();
  sandbox.work = work;
  const appPort = await freePort();
  let source;
  let pr;
  let mergeCommit;

  const publish = async (inputs = {}) => {
    const run = await runAction({
      root: work.root,
      workspace: work.workspace,
      proxy: sandbox.proxy,
      source,
      inputs: {
        command: "publish",
        collection: COLLECTION,
        base: "main",
        token: "demo-publisher-token",
        "signing-key": signingKey,
        ...inputs,
      },
    });
    expect(run.code === 0, `the Action exited with ${run.code}`, actionTail(run));
    return run;
  };

  await step("emulator", async () => {
    // The App's port is picked first: emulate must know the App's webhook URL when it starts.
    sandbox.emulator = await startEmulator(appPort, webhookSecret);
    sandbox.proxy = await startCountingProxy(sandbox.emulator.url);
    // The App's own proxy, so the Action's counts stay its own.
    sandbox.appProxy = await startCountingProxy(sandbox.emulator.url);
    const repo = await api(sandbox.emulator.url, "GET", `/repos/${SOURCE}`);
    const main = await api(sandbox.emulator.url, "GET", `/repos/${SOURCE}/branches/main`);
    source = { id: repo.id, commit: main.commit.sha };
    return `emulator started at ${sandbox.emulator.url}: ${COLLECTION}, ${SOURCE}, App nexs-publish installed on nexs`;
  });

  await step("App", async () => {
    sandbox.app = await startApp({
      port: appPort,
      emulatorUrl: sandbox.appProxy.url,
      privateKey: sandbox.emulator.privateKey,
      webhookSecret,
      signingKey,
      cwd: work.root,
      logFile: work.appLog,
    });
    return `App started: dist/app/index.js, pid ${sandbox.app.pid}, port ${appPort}, /ping answered PONG`;
  });

  await step("publish", async () => {
    const run = await publish();
    const counts = plan(run);
    const operation = run.outputs.get("pull-request-operation");
    pr = { number: Number(run.outputs.get("pull-request-number")), head: run.outputs.get("pull-request-head-sha") };
    expect(operation === "created", `pull-request-operation is ${operation}, not created`, actionTail(run));
    expect(Number.isInteger(pr.number) && pr.number > 0, "no pull-request-number output", actionTail(run));
    expect(/^[0-9a-f]{40}$/.test(pr.head ?? ""), "no pull-request-head-sha output", actionTail(run));
    expect(counts.add === work.elements, `plan adds ${counts.add} elements, not ${work.elements}`, actionTail(run));
    return (
      `publish: PR #${pr.number} created, ${counts.add} elements added, head ${short(pr.head)} ` +
      `(${run.calls} API calls, ${run.writes} writes)`
    );
  });

  // check run: the App posts it for `opened`; a bounded wait for it to appear and then to complete.
  await step("check run", async () => {
    const url = sandbox.emulator.url;
    const read = () => api(url, "GET", `/repos/${COLLECTION}/commits/${pr.head}/check-runs`);
    const ours = (answer) => answer.check_runs.find((run) => run.name === CHECK_RUN_NAME);
    const appeared = await poll(read, (answer) => ours(answer) !== undefined, CHECK_RUN_APPEAR_MS);
    const others = appeared.value?.check_runs.map((run) => run.name).join(", ");
    expect(
      appeared.ok,
      `no \`${CHECK_RUN_NAME}\` check run on ${short(pr.head)} within ${CHECK_RUN_APPEAR_MS / 1000} s` +
        (others ? `; saw ${others}` : ""),
      tail(work.appLog, 20),
    );
    const done = await poll(read, (answer) => ours(answer)?.status === "completed", CHECK_RUN_COMPLETE_MS);
    const run = ours(done.value ?? appeared.value);
    expect(done.ok && run, `\`${CHECK_RUN_NAME}\` on ${short(pr.head)} is still ${run?.status}, not completed`);
    return `check run: \`${CHECK_RUN_NAME}\` on ${short(pr.head)} completed, conclusion ${run.conclusion}: ${run.output?.title ?? ""}`;
  });

  await step("merge", async () => {
    const merge = await api(sandbox.emulator.url, "PUT", `/repos/${COLLECTION}/pulls/${pr.number}/merge`, {
      merge_method: "merge",
    });
    mergeCommit = merge.sha;
    expect(merge.merged === true && typeof mergeCommit === "string", "the emulator did not merge the PR");
    return `merged PR #${pr.number} through the emulator: merge commit ${short(mergeCommit)}`;
  });

  await step("App records the merge", async () => {
    const seen = await poll(readState, ({ doc }) => doc.submissions[String(pr.number)]?.status === "merged");
    const status = seen.value?.doc.submissions[String(pr.number)]?.status ?? "no submission";
    expect(seen.ok, `PR #${pr.number} is still ${status} in the state document after ${WAIT_MS / 1000} s`);
    const { doc } = seen.value;
    const submission = doc.submissions[String(pr.number)];
    const moves = doc.history.filter((entry) => entry.number === pr.number).map((entry) => entry.to);
    expect(moves.join() === "pending,merged", `the history of PR #${pr.number} is ${moves.join(" → ")}`);
    const stale = submission.elements.filter((element) => {
      const base = doc.base[element.id];
      return base?.blob !== element.blob || base?.path !== element.path || base?.commit !== mergeCommit;
    });
    expect(stale.length === 0, `base does not hold the merged blobs of ${stale.map((e) => e.id).join(", ")}`);
    const count = Object.keys(doc.base).length;
    expect(count === work.elements, `base holds ${count} elements, not ${work.elements}`);
    return `App recorded PR #${pr.number}: ${moves.join(" → ")}; base = ${count} elements at ${short(mergeCommit)}`;
  });

  await step("collection edit", async () => {
    const url = sandbox.emulator.url;
    const file = await api(url, "GET", `/repos/${COLLECTION}/contents/${EDITED}?ref=main`);
    const before = unb64(file.content);
    const match = /^ {2}version: (\d+)\.(\d+)\.(\d+)$/m.exec(before);
    expect(match, `${EDITED} has no metadata version to bump`);
    const from = `${match[1]}.${match[2]}.${match[3]}`;
    const to = `${match[1]}.${match[2]}.${Number(match[3]) + 1}`;
    const edited = before.replace(match[0], `  version: ${to}`);
    const put = await api(url, "PUT", `/repos/${COLLECTION}/contents/${EDITED}`, {
      message: "Maintainer edit in the collection",
      content: b64(edited),
      sha: file.sha,
      branch: "main",
    });
    const id = EDITED.slice(EDITED.lastIndexOf("/") + 1, -".yaml".length);
    return `collection edit on main: ${id} version ${from} → ${to} (commit ${short(put.commit.sha)})`;
  });

  await step("publish dry-run", async () => {
    const run = await publish({ "dry-run": "true" });
    const counts = plan(run);
    const remote = counts["remote-changed"];
    expect(remote === 1, `plan has remote-changed: ${remote}, not 1`, actionTail(run));
    expect(counts.conflict === 0, `plan has conflict: ${counts.conflict}, not 0`, actionTail(run));
    expect(run.writes === 0, `the dry run made ${run.writes} write requests`, actionTail(run));
    return (
      `publish dry-run: remote-changed: ${counts["remote-changed"]}, conflict: ${counts.conflict}, ` +
      `unchanged: ${counts.unchanged} (${run.writes} writes)`
    );
  });

  await step("state document", async () => {
    const { doc } = await readState();
    const { total, ...byStatus } = doc.stats;
    const statuses = Object.entries(byStatus).map(([status, count]) => `${count} ${status}`);
    return (
      `state document ${STATE_BRANCH}:${STATE_KEY}: base ${Object.keys(doc.base).length} elements; ` +
      `${total} submission${total === 1 ? "" : "s"}: ${statuses.join(", ")}`
    );
  });

  await step("re-run", async () => {
    const before = await collectionSnapshot();
    const run = await publish();
    const after = await collectionSnapshot();
    const operation = run.outputs.get("pull-request-operation");
    expect(operation === "none", `pull-request-operation is ${operation}, not none`, actionTail(run));
    expect(run.writes === 0, `the re-run made ${run.writes} write requests`, actionTail(run));
    expect(JSON.stringify(after) === JSON.stringify(before), "a branch head, a pull request or the state changed");
    const branches = Object.keys(after.heads).length;
    return (
      `re-run: operation none, nothing written (${run.calls} API calls, 0 writes; ` +
      `${branches} branch heads, ${after.pulls.length} PR and the state blob unchanged)`
    );
  });
}

let code = 0;
try {
  await main();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  say(`✓ demo finished in ${seconds} s: every step did what it says`);
} catch (error) {
  code = 1;
  // After a signal, a step failing because its processes were stopped is not news.
  if (interrupted === undefined) await report(error);
} finally {
  await cleanup();
}
process.exit(interrupted ?? code);

/** The failing step, what the Action said, and the end of the App's log (stopped first, so it is complete). */
async function report(error) {
  say(`✗ ${error.step ?? "setup"}: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof StepError && error.detail) say(indent(error.detail));
  await sandbox.app?.stop().catch(() => {});
  const log = sandbox.work ? tail(sandbox.work.appLog, 20) : "";
  if (log) say(`  App log, last 20 lines:\n${indent(log.split("\n").map(logLine).join("\n"))}`);
}

/** A JSON log line as `level message (error)`: the request lines carry every header, which is noise here. */
function logLine(line) {
  try {
    const entry = JSON.parse(line);
    const error = entry.err?.message && entry.err.message !== entry.msg ? ` (${entry.err.message})` : "";
    return `${LEVELS[entry.level] ?? entry.level} ${entry.msg}${error}`;
  } catch {
    return line.slice(0, 200);
  }
}

function indent(text) {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}
