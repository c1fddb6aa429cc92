// Child process for the multi-process test: one writer applying its updates one after another through the
// retry helper on the file store. Prints {"attempts":[...]} on success.
import { setTimeout as sleep } from "node:timers/promises";
import { FileStateStore } from "../../../../src/core/tracking/file-store.js";
import { updateWithRetry, type RetryPolicy } from "../../../../src/core/tracking/update-with-retry.js";
import { counterCodec, increment } from "./counter-document.js";

const [directory, key, writer, updates, policyJson] = process.argv.slice(2);
if (!directory || !key || !writer || !updates || !policyJson) throw new Error("usage: writer <dir> <key> <writer> <updates> <policy-json>");
const policy: RetryPolicy = JSON.parse(policyJson);
const store = new FileStateStore(directory);
const env = { sleep: (ms: number) => sleep(ms).then(() => undefined), random: Math.random };
const attempts: number[] = [];
for (let i = 0; i < Number(updates); i++) {
  const result = await updateWithRetry(store, key, counterCodec, increment(writer, `${writer}:${i}`), { policy, message: `${writer} ${i}` }, env);
  attempts.push(result.attempts);
}
process.stdout.write(JSON.stringify({ attempts }));
