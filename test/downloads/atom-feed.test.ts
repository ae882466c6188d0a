import { describe, expect, it } from "vitest";
import { atomFeed } from "../../src/downloads/atom-feed.ts";
import { BASE, smallSite } from "./fixture.ts";

/** Every start tag has its end tag, in order; returns the element names in document order. */
function elements(xml: string): string[] {
  const stack: string[] = [];
  const names: string[] = [];
  for (const m of xml.replace(/^<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClosing] = m;
    if (close) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      names.push(name!);
      if (!selfClosing) stack.push(name!);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.join("><")}>`);
  return names;
}

describe("atomFeed(site, baseUrl)", () => {
  const xml = atomFeed(smallSite(), BASE);

  it("is well-formed XML with a feed root in the Atom namespace", () => {
    expect(elements(xml)[0]).toBe("feed");
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it("has one entry per release, newest first, with stable tag ids and dates", () => {
    expect(elements(xml).filter((n) => n === "entry")).toHaveLength(2);
    expect([...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1])).toEqual([
      "tag:sxsh.example.vn,2018-03-01:release/0.2.0",
      "tag:sxsh.example.vn,2018-01-15:release/0.1.0",
    ]);
    expect(xml).toContain("<updated>2018-03-01T00:00:00Z</updated>\n  <author>");
  });

  it("gives each entry a bilingual title and summary, escaped", () => {
    expect(xml).toContain("<title>Phiên bản dữ liệu 0.2.0 / Data version 0.2.0</title>");
    expect(xml).toContain("<summary>Thêm khóa 2017 &amp; sửa &lt;tên&gt; / Adds the 2017 course &amp; fixes &lt;names&gt;</summary>");
  });

  it("links itself and each release on the data page", () => {
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${BASE}/files/changes.atom"/>`);
    expect(xml).toContain(`href="${BASE}/en/data/#release-0.1.0"`);
  });

  it("has no entry and the data date when there is no release yet", () => {
    const site = smallSite();
    const empty = atomFeed({ ...site, dataset: { ...site.dataset, changelog: [] } }, BASE);
    expect(elements(empty)).not.toContain("entry");
    expect(empty).toContain("<updated>2018-03-01T00:00:00Z</updated>");
  });
});
