// Plans 100,000 local elements against a 100,000-entry collection tree with a realistic mix of outcomes.
// Usage: npm run bench -- plan [elements=100000] [runs=9]
import { createHash } from "node:crypto";
import type { BaseEntry } from "../../src/core/state/state-document.js";
import { type LocalElement, planSync } from "../../src/core/sync/plan.js";

const n = Number(process.argv[2] ?? 100_000);
const runs = Math.max(7, Number(process.argv[3] ?? 9));
const sha = (s: string) => createHash("sha1").update(s).digest("hex");
const COMMIT = sha("commit");

// Mix per 100 local elements: 80 unchanged, 8 update, 4 remote-changed, 3 conflict, 2 id-collision, 3 add.
// The three adds' slots in the collection hold files of elements removed from the source: 2 deleted with
// delete-missing, 1 changed in the collection (a delete conflict). So both sides hold exactly n entries.
const local: LocalElement[] = [];
const remote = new Map<string, string>();
const base: Record<string, BaseEntry> = {};
for (let i = 0; i < n; i++) {
  const id = `element-${i}`;
  const path = `elements/persona/${id}.yaml`;
  const [v1, v2, v3] = [sha(`${id}@1`), sha(`${id}@2`), sha(`${id}@3`)];
  const kind = i % 100;
  const at = (p: string, blob: string) => {
    base[id] = { path: p, blob, commit: COMMIT };
  };
  if (kind < 80) {
    local.push({ id, type: "persona", path, blob: v1 });
    remote.set(path, v1);
    at(path, v1);
  } else if (kind < 88) {
    local.push({ id, type: "persona", path, blob: v2 });
    remote.set(path, v1);
    at(path, v1);
  } else if (kind < 92) {
    local.push({ id, type: "persona", path, blob: v1 });
    remote.set(path, v2);
    at(path, v1);
  } else if (kind < 95) {
    local.push({ id, type: "persona", path, blob: v2 });
    remote.set(path, v3);
    at(path, v1);
  } else if (kind < 97) {
    const old = `legacy/${id}.yaml`;
    local.push({ id, type: "persona", path, blob: v2 });
    remote.set(old, v1);
    at(old, v1);
  } else {
    local.push({ id, type: "persona", path, blob: v1 });
    const gone = `removed-${i}`;
    const gonePath = `elements/persona/${gone}.yaml`;
    remote.set(gonePath, kind === 99 ? v3 : v2);
    base[gone] = { path: gonePath, blob: v2, commit: COMMIT };
  }
}

// Peer: the floor any plan pays, one collection lookup and one base lookup per element, no outcomes built.
// Its median in the same run turns a loaded machine's noise into a ratio.
function lookupsOnly(): number {
  let found = 0;
  for (const e of local) if (remote.get(e.path) === base[e.id]?.blob) found++;
  return found;
}

const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const times: number[] = [];
const peer: number[] = [];
let heapDelta = 0;
let counts: Record<string, number> = {};
for (let r = 0; r < runs; r++) {
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let start = process.hrtime.bigint();
  const plan = planSync({ local, remote, base, deleteMissing: true });
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  heapDelta = Math.max(heapDelta, process.memoryUsage().heapUsed - heapBefore);
  counts = plan.counts;
  gc?.();
  start = process.hrtime.bigint();
  lookupsOnly();
  peer.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const planMedian = median(times);
const peerMedian = median(peer);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `plan: ${local.length} local elements, ${remote.size} collection paths, ${Object.keys(base).length} base entries`,
);
console.log(`outcomes: ${JSON.stringify(counts)}`);
console.log(
  `plan median ${planMedian.toFixed(1)} ms over ${runs} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); target ≤ 200 ms → ${planMedian <= 200 ? "met" : "MISSED"}`,
);
console.log(
  `peer (lookups only) median ${peerMedian.toFixed(1)} ms; plan/peer ${(planMedian / peerMedian).toFixed(1)}×`,
);
console.log(
  `heap used by one plan ≤ ${mb(heapDelta)}; RSS ${mb(process.memoryUsage().rss)}${gc ? "" : " (run with --expose-gc for stable figures)"}`,
);
