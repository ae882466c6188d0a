import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogue } from "../../src/data/messages/message.ts";

const guide = readFileSync(new URL("../../data/README.md", import.meta.url), "utf8");
const english = guide.indexOf('<a id="english"></a>');

describe("data/README.md, the guide for officials", () => {
  it("explains every problem code in the Vietnamese table and again in the English one", () => {
    expect(english).toBeGreaterThan(0);
    for (const code of Object.keys(catalogue)) {
      const row = new RegExp(`^\\| \`${code}\` \\| [^|]+ \\| [^|]+ \\|$`, "m");
      expect(guide.slice(0, english), code).toMatch(row);
      expect(guide.slice(english), code).toMatch(row);
    }
  });
});
