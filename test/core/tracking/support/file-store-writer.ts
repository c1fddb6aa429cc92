// Child process for the multi-process test: one writer applying its updates one after another through the
// retry helper on the file store. Says "ready" once loaded and starts on the first line of stdin, so all writers
// start together however slowly they were spawned. Prints {"attempts":[...]} on its last line on success.
import { FileStateStore } from "../../../../src/core/tracking/file-store.js";
import { type RetryPolicy, updateWithRetry } from "../../../../src/core/tracking/update-with-retry.js";
import { counterCodec, increment } from "./counter-document.js";
import { systemEnvironment } from "./system-environment.js";

const [directory, key, writer, updates, policyJson] = process.argv.slice(2);
if (!directory || !key || !writer || !updates || !policyJson)
  throw new Error("usage: writer <dir> <key> <writer> <updates> <policy-json>");
const policy = parsePolicy(policyJson);
const store = new FileStateStore(directory, systemEnvironment);
const attempts: number[] = [];
process.stdout.write("ready\n");
await new Promise((start) => process.stdin.once("data", start));
process.stdin.destroy();
for (let i = 0; i < Number(updates); i++) {
  const result = await updateWithRetry(
    store,
    key,
    counterCodec,
    increment(writer, `${writer}:${i}`),
    { policy, message: `${writer} ${i}` },
    systemEnvironment,
  );
  attempts.push(result.attempts);
}
process.stdout.write(JSON.stringify({ attempts }));

function parsePolicy(text: string): RetryPolicy {
  const value: unknown = JSON.parse(text);
  const fields = new Map<string, unknown>(typeof value === "object" && value !== null ? Object.entries(value) : []);
  const field = (name: keyof RetryPolicy): number => {
    const n = fields.get(name);
    if (typeof n !== "number") throw new Error(`policy.${name} must be a number`);
    return n;
  };
  return { maxAttempts: field("maxAttempts"), baseDelayMs: field("baseDelayMs"), maxDelayMs: field("maxDelayMs") };
}
