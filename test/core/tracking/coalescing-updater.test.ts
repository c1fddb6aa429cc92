import { describe, expect, it } from "vitest";
import { CoalescingUpdater } from "../../../src/core/tracking/coalescing-updater.js";
import { MemoryStateStore } from "../../../src/core/tracking/memory-store.js";
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
    const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => updater.submit("doc", increment(`w${i % 20}`, `w${i % 20}:${Math.floor(i / 20)}`))));
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

    const broken: StateStore = { read: async () => undefined, write: async () => Promise.reject(new Error("disk full")) };
    const failing = new CoalescingUpdater(broken, counterCodec, { message: (n) => `${n}` }, env);
    const all = await Promise.allSettled([failing.submit("doc", increment("a", "a:0")), failing.submit("doc", increment("b", "b:0"))]);
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
