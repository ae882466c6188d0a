import { describe, expect, it } from "vitest";
import { textWidth } from "../../src/charts/svg.ts";
import { barChart, type BarChartOptions, type BarRow } from "../../src/charts/bar-chart.ts";

const rows: BarRow[] = [
  { id: "RRD", label: "Đồng bằng sông Hồng", value: 1234, href: "/vi/vung/rrd/" },
  { id: "CH", label: "Tây Nguyên", value: 17, href: "/vi/vung/ch/", note: "1 khóa" },
  { id: "MD", label: "Đồng bằng sông Cửu Long", value: 0, href: "/vi/vung/md/" },
];
const options: BarChartOptions = { width: 640, lang: "vi", title: "Cán bộ theo vùng", desc: "Đồng bằng sông Hồng có nhiều cán bộ nhất.", idPrefix: "regions" };
const count = (svg: string, needle: string) => svg.split(needle).length - 1;

describe("barChart(rows, options)", () => {
  it("draws one bar per row, in the order given", () => {
    const svg = barChart(rows, options);
    expect(count(svg, 'fill="#2c7fb8"')).toBe(3);
    expect([...svg.matchAll(/data-id="([^"]+)"/gu)].map((m) => m[1])).toEqual(["RRD", "CH", "MD"]);
  });

  it("writes each value at the end of its bar, formatted for the language", () => {
    expect(barChart(rows, options)).toContain(">1.234<");
    expect(barChart(rows, { ...options, lang: "en" })).toContain(">1,234<");
  });

  it("writes shares as percentages when asked", () => {
    const shares = [{ id: "a", label: "A", value: 49 / 63 }];
    expect(barChart(shares, { ...options, percent: true })).toContain(">77,8%<");
    expect(barChart(shares, { ...options, lang: "en", percent: true })).toContain(">77.8%<");
  });

  it("shows a row's note after its value", () => {
    expect(barChart(rows, options)).toContain('>17<tspan fill="#595959"> · 1 khóa</tspan>');
  });

  it("makes each row with an href a link, and the chart a group so the links are reachable", () => {
    const svg = barChart(rows, options);
    expect(count(svg, '<a href="/vi/vung/')).toBe(3);
    expect(svg).toContain('<a href="/vi/vung/ch/" class="bar-link">');
    expect(svg).toContain('role="group" aria-labelledby="regions-title regions-desc"');
  });

  it("is an image when no row links anywhere", () => {
    const svg = barChart(rows.map(({ href: _href, ...row }) => row), options);
    expect(svg).not.toContain("<a ");
    expect(svg).toContain('role="img" aria-labelledby="regions-title regions-desc"');
  });

  it("gives a zero value no bar width but still writes its value", () => {
    const svg = barChart(rows, options);
    expect(svg).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="0" height="20" fill="#2c7fb8"\/>/u);
    expect(svg).toContain(">0<");
  });

  it("puts labels above the bars in the compact layout", () => {
    const svg = barChart(rows, { ...options, width: 360 });
    expect(svg).toContain('<text x="0" y="15" fill="#253494" text-decoration="underline">Đồng bằng sông Hồng</text>');
  });

  it("escapes labels, notes and hrefs", () => {
    const svg = barChart([{ id: "x", label: 'A<&"B', value: 1, note: "<n>", href: "/a?b=1&c=2" }], options);
    expect(svg).toContain("A&lt;&amp;&quot;B");
    expect(svg).toContain(" · &lt;n&gt;");
    expect(svg).toContain('href="/a?b=1&amp;c=2"');
    expect(svg).not.toContain('A<&"B');
  });

  it("gives the same string for the same input", () => {
    expect(barChart(rows, options)).toBe(barChart(structuredClone(rows), { ...options }));
  });

  it("matches the stored drawing", async () => {
    await expect(barChart(rows, options)).toMatchFileSnapshot("./__snapshots__/bar-chart.svg");
  });
});

describe("barChart(rows, options) on a phone", () => {
  it("wraps a label longer than the chart onto lines, each within the width, and makes the row taller for them", () => {
    const long = "Bắc Trung Bộ và duyên hải miền Trung, một vùng có tên rất dài để thử xuống dòng";
    const svg = barChart([{ id: "NCC", label: long, value: 3 }, { id: "CH", label: "Tây Nguyên", value: 1 }], { ...options, width: 360 });
    const lines = [...svg.matchAll(/<tspan x="0"[^>]*>([^<]+)<\/tspan>/gu)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(long);
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(360);
    expect(svg).toContain(">Tây Nguyên</text>");
  });
});
