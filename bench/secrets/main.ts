// Secret scanning throughput: nexs-publish's synchronous, anchor-filtered runner of secretlint's recommended
// preset against the peer, @secretlint/core's lintSource with the same preset, on the same N element texts.
// Usage: npm run bench -- secrets [N=10000] [runs=5]
import { lintSource } from "@secretlint/core";
import { creator as preset } from "@secretlint/secretlint-rule-preset-recommend";
import { findSecrets } from "../../src/core/scan/secrets.js";

const n = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);

/** ~1 KB element texts; one in five mentions a URL (runs the URL rules), one in a hundred holds a token. */
function corpus(count: number): string[] {
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const url = i % 5 === 0 ? `\n    docs: https://wiki.example.org/skills/${i}` : "";
    const token = i % 100 === 0 ? `\n    token: ghp_${String(i).padStart(36, "x")}` : "";
    texts.push(`metadata:
  id: skill-${i}
  type: skill
  name: Generated skill ${i}
  description: A generated skill used to measure secret scanning throughput on realistic text
  version: 1.${i % 10}.0
  author: bench@example.org
  tags: [bench, generated, t${i % 17}]
data:
  triggers:
    - type: keyword
      keywords: [review ${i}, analyse, summarise]
  procedures:
    - step: 1
      action: Read the input carefully and list the open questions before doing anything else
    - step: 2
      action: Answer each question with a reference to the source material and a short justification
    - step: 3
      action: Summarise the findings in at most five bullet points for the reader
  inputs:
    topic: what to look at${url}${token}
  outputs:
    summary: markdown text with the findings
`);
  }
  return texts;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const texts = corpus(n);
  const bytes = texts.reduce((sum, t) => sum + t.length, 0);
  const config = { rules: [{ id: preset.meta.id, rule: preset }] };
  const ours: number[] = [];
  const peer: number[] = [];
  let found = 0;
  let peerFound = 0;
  for (let r = 0; r < runs; r++) {
    // Alternate so neither side always runs on a warmer machine.
    let t = performance.now();
    found = 0;
    for (const text of texts) found += findSecrets(text, "element.yaml").length;
    ours.push(performance.now() - t);
    t = performance.now();
    peerFound = 0;
    for (const text of texts) {
      const result = await lintSource({
        source: { filePath: "element.yaml", content: text, ext: ".yaml", contentType: "text" },
        options: { config, noPhysicFilePath: true },
      });
      peerFound += result.messages.length;
    }
    peer.push(performance.now() - t);
  }
  const a = median(ours);
  const b = median(peer);
  console.log(`secret scan, ${n} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, median of ${runs} runs`);
  console.log(
    `  nexs-publish findSecrets : ${a.toFixed(0)} ms  (${Math.round(n / (a / 1000))} files/s), ${found} findings`,
  );
  console.log(
    `  secretlint lintSource    : ${b.toFixed(0)} ms  (${Math.round(n / (b / 1000))} files/s), ${peerFound} findings`,
  );
  console.log(`  ratio (lintSource / ours): ${(b / a).toFixed(1)}x`);
  if (found !== peerFound) console.log("  WARNING: the two disagree on the number of findings");
}

void main();
