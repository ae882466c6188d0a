import { describe, expect, it } from "vitest";
import { escapeXml } from "../../src/text/escape.ts";

describe("escapeXml(text)", () => {
  it("escapes the characters that matter in XML and HTML text and in quoted attributes, once", () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe("&lt;a &amp; &quot;b&quot; &#39;c&#39;&gt;");
    expect(escapeXml("R&amp;D")).toBe("R&amp;amp;D");
  });
});
