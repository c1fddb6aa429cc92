import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../../src/core/tracking/memory-store.js";
import type { StateStore } from "../../../src/core/tracking/state-store.js";
import {
  backoffDelay,
  type RetryEnvironment,
  UpdateConflictError,
  updateWithRetry,
} from "../../../src/core/tracking/update-with-retry.js";
import { seededRandom } from "../../support/seeded-random.js";
import { counterCodec, expectSerialEquivalent, increment } from "./support/counter-document.js";

/** Real waits (setTimeout) so writers interleave; the delays are milliseconds. */
function env(seed: number, sleeps: number[] = []): RetryEnvironment {
  return {
    sleep: (ms) => {
      sleeps.push(ms);
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
    random: seededRandom(seed),
  };
}

/** The in-memory store behind a random 0-1 ms latency, so readers and writers really interleave. */
function withLatency(inner: StateStore, random: () => number): StateStore {
  const pause = () => new Promise((resolve) => setTimeout(resolve, random() < 0.5 ? 0 : 1));
  return {
    read: async (key) => {
      await pause();
      return inner.read(key);
    },
    write: async (key, text, expected, message) => {
      await pause();
      return inner.write(key, text, expected, message);
    },
  };
}

describe("updateWithRetry on the in-memory store", () => {
  it("20 concurrent writers x 50 updates end in the serial result, each within its attempt bound", async () => {
    const store = withLatency(new MemoryStateStore(), seededRandom(99));
    const policy = { maxAttempts: 50, baseDelayMs: 5, maxDelayMs: 200 };
    const attempts: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async (_, w) => {
        const random = env(w + 1);
        for (let i = 0; i < 50; i++) {
          const result = await updateWithRetry(
            store,
            "doc",
            counterCodec,
            increment(`w${w}`, `w${w}:${i}`),
            { policy, message: "inc" },
            random,
          );
          attempts.push(result.attempts);
        }
      }),
    );
    const stored = await store.read("doc");
    expect(expectSerialEquivalent(stored && counterCodec.parse(stored.text), 20, 50)).toEqual([]);
    expect(attempts).toHaveLength(1000);
    expect(Math.max(...attempts)).toBeLessThanOrEqual(policy.maxAttempts);
    // Writers really raced: many updates needed more than one attempt.
    expect(attempts.filter((a) => a > 1).length).toBeGreaterThan(100);
  });

  it("writes nothing when the change returns undefined or the same text", async () => {
    const store = new MemoryStateStore();
    await updateWithRetry(store, "doc", counterCodec, increment("a", "a:0"), { message: "m" }, env(1));
    const before = await store.read("doc");
    const none = await updateWithRetry(store, "doc", counterCodec, () => undefined, { message: "m" }, env(1));
    const same = await updateWithRetry(store, "doc", counterCodec, (d) => d && { ...d }, { message: "m" }, env(1));
    expect(none).toMatchObject({ written: false, attempts: 1 });
    expect(same).toMatchObject({ written: false, attempts: 1 });
    expect((await store.read("doc"))?.version).toBe(before?.version);
  });

  it("gives up after maxAttempts with an error naming the key and the attempts, sleeping with jitter in between", async () => {
    const memory = new MemoryStateStore();
    let writes = 0;
    // Every write loses the race to "someone else".
    const hostile: StateStore = {
      read: (key) => memory.read(key),
      write: async () => {
        writes++;
        return { ok: false, reason: "conflict" };
      },
    };
    const sleeps: number[] = [];
    const policy = { maxAttempts: 5, baseDelayMs: 10, maxDelayMs: 25 };
    const error = await updateWithRetry(
      hostile,
      "sources/a/b.json",
      counterCodec,
      increment("a", "a:0"),
      { policy, message: "m" },
      env(3, sleeps),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpdateConflictError);
    expect(error).toMatchObject({ key: "sources/a/b.json", attempts: 5 });
    expect(String(error)).toContain('"sources/a/b.json"');
    expect(String(error)).toContain("5 attempts");
    expect(writes).toBe(5);
    expect(sleeps).toHaveLength(4);
    for (const [i, ms] of sleeps.entries()) expect(ms).toBeLessThan(Math.min(25, 10 * 2 ** i));
  });

  it("does not retry a document that does not parse", async () => {
    const store = new MemoryStateStore();
    await store.write("doc", "{ not json", null, "corrupt");
    await expect(
      updateWithRetry(store, "doc", counterCodec, increment("a", "a:0"), { message: "m" }, env(1)),
    ).rejects.toThrow(SyntaxError);
  });

  it("back-off ceilings grow exponentially and stay capped", () => {
    const policy = { maxAttempts: 10, baseDelayMs: 50, maxDelayMs: 2_000 };
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, policy, top))).toEqual([49, 99, 199, 399, 799, 1599, 1999]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });
});
