import { describe, expect, it } from "vitest";
import { parseStateDocument } from "../../../src/core/state/state-parse.js";
import { serializeStateDocument } from "../../../src/core/state/state-serialize.js";
import { CoalescingUpdater } from "../../../src/core/tracking/coalescing-updater.js";
import { MemoryStateStore } from "../../../src/core/tracking/memory-store.js";
import { snapshotChange } from "../../../src/core/tracking/snapshot-change.js";
import type { StateStore, StoredText, WriteOutcome } from "../../../src/core/tracking/state-store.js";
import type { RetryEnvironment } from "../../../src/core/tracking/update-with-retry.js";
import { counterCodec, expectSerialEquivalent, increment } from "./support/counter-document.js";

/** Counts writes and makes each one take a little real time, as a network write would. */
class SlowCountingStore implements StateStore {
  writes = 0;
  constructor(
    private readonly inner: StateStore,
    private readonly writeMs: number,
  ) {}
  read(key: string): Promise<StoredText | undefined> {
    return this.inner.read(key);
  }
  async write(key: string, text: string, expected: string | null, message: string): Promise<WriteOutcome> {
    this.writes++;
    await new Promise((resolve) => setTimeout(resolve, this.writeMs));
    return this.inner.write(key, text, expected, message);
  }
}

const env: RetryEnvironment = { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), random: () => 0.5 };

describe("coalescing updater", () => {
  it("turns a burst of 1,000 changes into a handful of writes, every change applied once", async () => {
    const store = new SlowCountingStore(new MemoryStateStore(), 5);
    const updater = new CoalescingUpdater(store, counterCodec, { message: (n) => `track: ${n} events` }, env);
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        updater.submit("doc", increment(`w${i % 20}`, `w${i % 20}:${Math.floor(i / 20)}`)),
      ),
    );
    const stored = await store.read("doc");
    expect(expectSerialEquivalent(stored && counterCodec.parse(stored.text), 20, 50)).toEqual([]);
    expect(store.writes).toBeLessThanOrEqual(2);
    expect(results.every((r) => r.written)).toBe(true);
    expect(results.reduce((n, r) => n + 1 / r.batchSize, 0)).toBeCloseTo(store.writes);
  });

  it("changes arriving during a write go together into the next one", async () => {
    const store = new SlowCountingStore(new MemoryStateStore(), 30);
    const updater = new CoalescingUpdater(store, counterCodec, { message: (n) => `${n}` }, env);
    const first = updater.submit("doc", increment("a", "a:0"));
    await new Promise((resolve) => setTimeout(resolve, 10)); // the first write is now in flight
    const later = Array.from({ length: 5 }, (_, i) => updater.submit("doc", increment("b", `b:${i}`)));
    const [r0, ...rest] = await Promise.all([first, ...later]);
    expect(r0?.batchSize).toBe(1);
    expect(rest.map((r) => r.batchSize)).toEqual([5, 5, 5, 5, 5]);
    expect(store.writes).toBe(2);
  });

  it("a change that throws fails alone; a store failure fails the whole batch", async () => {
    const store = new SlowCountingStore(new MemoryStateStore(), 1);
    const updater = new CoalescingUpdater(store, counterCodec, { message: (n) => `${n}` }, env);
    const good = updater.submit("doc", increment("a", "a:0"));
    const bad = updater.submit("doc", () => {
      throw new RangeError("pull request #12: bad snapshot");
    });
    await expect(bad).rejects.toThrow("bad snapshot");
    await expect(good).resolves.toMatchObject({ written: true, batchSize: 2 });
    const stored = await store.read("doc");
    expect(stored && counterCodec.parse(stored.text).tokens).toEqual(["a:0"]);

    const broken: StateStore = {
      read: async () => undefined,
      write: async () => Promise.reject(new Error("disk full")),
    };
    const failing = new CoalescingUpdater(broken, counterCodec, { message: (n) => `${n}` }, env);
    const all = await Promise.allSettled([
      failing.submit("doc", increment("a", "a:0")),
      failing.submit("doc", increment("b", "b:0")),
    ]);
    expect(all.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });

  it("keeps keys independent", async () => {
    const store = new SlowCountingStore(new MemoryStateStore(), 1);
    const updater = new CoalescingUpdater(store, counterCodec, { message: (n) => `${n}` }, env);
    await Promise.all([updater.submit("one", increment("a", "a:0")), updater.submit("two", increment("a", "a:0"))]);
    expect(store.writes).toBe(2);
    expect((await store.read("one"))?.text).toBe((await store.read("two"))?.text);
  });
});

describe("snapshots through the coalescing updater on a real state document", () => {
  it("a burst of out-of-order webhook snapshots is one write and ends in the newest status", async () => {
    const store = new SlowCountingStore(new MemoryStateStore(), 1);
    const updater = new CoalescingUpdater(
      store,
      { parse: parseStateDocument, serialize: serializeStateDocument },
      { message: (n) => `${n}` },
      env,
    );
    const source = { owner: "acme", repo: "agents", id: 7 };
    const elements = [{ id: "persona-a", path: "elements/persona/persona-a.yaml", blob: "1".repeat(40) }];
    const pr = (second: number, state: "open" | "closed", merged: boolean) => ({
      number: 3,
      state,
      draft: false,
      merged,
      updatedAt: `2026-01-01T00:00:0${second}Z`,
      createdAt: "2026-01-01T00:00:00Z",
      url: "https://github.com/acme/collection/pull/3",
      nodeId: "PR_3",
      head: "2".repeat(40),
    });
    await Promise.all([
      updater.submit(
        "sources/acme/agents.json",
        snapshotChange(source, pr(5, "closed", true), { elements, delivery: "d5" }),
      ),
      updater.submit(
        "sources/acme/agents.json",
        snapshotChange(source, pr(1, "open", false), { elements, delivery: "d1" }),
      ),
      updater.submit(
        "sources/acme/agents.json",
        snapshotChange(source, pr(3, "open", false), { elements, delivery: "d3" }),
      ),
    ]);
    const stored = await store.read("sources/acme/agents.json");
    const document = stored && parseStateDocument(stored.text);
    expect(store.writes).toBe(1);
    expect(document?.submissions["3"]).toMatchObject({ status: "merged", lastDelivery: "d5" });
    expect(document?.stats).toMatchObject({ total: 1, merged: 1 });
    // A redelivery of the newest event changes nothing, so nothing is written.
    await updater.submit(
      "sources/acme/agents.json",
      snapshotChange(source, pr(5, "closed", true), { delivery: "d5-again" }),
    );
    expect(store.writes).toBe(1);
  });
});
