import { describe, expect, it } from "vitest";
import { columnChart, fillYears, type ColumnChartOptions, type ColumnPoint } from "../../src/charts/column-chart.ts";

const points: ColumnPoint[] = [
  { x: 2015, value: 2 },
  { x: 2017, value: 1500 },
  { x: 2018, value: 4, highlight: true },
];
const options: ColumnChartOptions = { width: 640, height: 240, lang: "vi", title: "Cán bộ theo năm", desc: "Năm 2017 có nhiều cán bộ nhất.", idPrefix: "hn-years" };
const count = (svg: string, needle: string) => svg.split(needle).length - 1;

describe("fillYears(points)", () => {
  it("adds a missing year between the first and the last as zero", () => {
    expect(fillYears(points).map((p) => [p.x, p.value])).toEqual([[2015, 2], [2016, 0], [2017, 1500], [2018, 4]]);
  });

  it("leaves categories that are not years as they are", () => {
    const categories = [{ x: "a", value: 1 }, { x: "c", value: 2 }];
    expect(fillYears(categories)).toEqual(categories);
  });
});

describe("columnChart(points, options)", () => {
  it("draws a column per year with a value, and a zero with no column for an empty year", () => {
    const svg = columnChart(points, options);
    expect(count(svg, "<rect")).toBe(3);
    expect(count(svg, 'class="column')).toBe(4);
    expect(svg).toMatch(/<g class="column" data-x="2016"><text[^>]*>0<\/text>/u);
  });

  it("writes each value above its column, formatted for the language", () => {
    expect(columnChart(points, options)).toContain(">1.500</text>");
    expect(columnChart(points, { ...options, lang: "en" })).toContain(">1,500</text>");
  });

  it("marks the highlighted column by a darker fill and a bold value", () => {
    const svg = columnChart(points, options);
    expect(svg).toMatch(/<g class="column highlight" data-x="2018"><rect[^>]*fill="#253494"\/><text[^>]*font-weight="bold">4<\/text>/u);
  });

  it("writes years without a thousands separator", () => {
    const svg = columnChart(points, options);
    for (const year of ["2015", "2016", "2017", "2018"]) expect(svg).toContain(`>${year}</text>`);
    expect(svg).not.toContain("2.015");
  });

  it("wires the title and description with prefixed ids", () => {
    const svg = columnChart(points, options);
    expect(svg).toContain('role="img" aria-labelledby="hn-years-title hn-years-desc"');
    expect(svg).toContain('<title id="hn-years-title">Cán bộ theo năm</title>');
  });

  it("escapes category labels and the title", () => {
    const svg = columnChart([{ x: 'a<&"b', value: 1 }], { ...options, title: "<t>" });
    expect(svg).toContain("a&lt;&amp;&quot;b");
    expect(svg).toContain("&lt;t&gt;");
    expect(svg).not.toContain('a<&"b');
  });

  it("gives the same string for the same input", () => {
    expect(columnChart(points, options)).toBe(columnChart(structuredClone(points), { ...options }));
  });

  it("matches the stored drawing", async () => {
    await expect(columnChart(points, options)).toMatchFileSnapshot("./__snapshots__/column-chart.svg");
  });
});
