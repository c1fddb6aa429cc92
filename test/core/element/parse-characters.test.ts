// parseChecked asks characterFinding only about a text that holds an unusual character or a CR: that is exact only
// if every character it refuses is one hasUnusualCharacter sees. Checked for every UTF-16 code unit.
import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/core/element/parse.js";
import { characterFinding } from "../../../src/core/element/parse-characters.js";
import { hasUnusualCharacter } from "../../../src/core/element/parse-prescan.js";

describe("characters YAML refuses", () => {
  it("are all unusual characters, but for the CR (every code unit)", () => {
    const missed: number[] = [];
    let refused = 0;
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = `a: x${String.fromCharCode(unit)}y\n`;
      if (!characterFinding(text)) continue;
      refused++;
      if (unit !== 0x0d && !hasUnusualCharacter(text)) missed.push(unit);
    }
    expect(missed).toEqual([]);
    // C0 but TAB and LF, DEL, C1 but NEL, U+FFFE, U+FFFF, and the lone CR.
    expect(refused).toBe(29 + 1 + 31 + 2 + 1);
  });

  it("are still refused where they are, tab or no tab before them", () => {
    for (const text of ["a: x\u0007y\n", "a: \tx\u0007y\n", "a: x\ry\n"]) {
      const parsed = parseSource(
        { file: "c.yaml", bytes: new TextEncoder().encode(text) },
        { maxFileSize: 1024, shape: "mapping" },
      );
      expect(parsed.ok).toBe(false);
      expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([
        [text.includes("\r") ? "yaml/line-break" : "yaml/control-character", 1],
      ]);
    }
  });
});
