import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { barChart, type BarRow } from "../../src/charts/bar-chart.ts";
import { columnChart, type ColumnPoint } from "../../src/charts/column-chart.ts";
import { progressChart, type ProgressInput } from "../../src/charts/progress-chart.ts";
import { timelineChart, type TimelineItem } from "../../src/charts/timeline-chart.ts";
import { overlappingTexts, textBoxes, textsOutside } from "./text-boxes.ts";

// The schema allows course years 2010–2100; a mistyped year (2081 for 2018) stretches every chart over 72 years.
const SPANS = { "60 years": range(2010, 2069), "90 years": range(2010, 2099), "2010–2018 and a mistyped 2081": [...range(2010, 2018), 2081] };
const WIDTHS = [360, 760];
const base = { lang: "vi" as const, title: "Biểu đồ", desc: "Mô tả", idPrefix: "span" };

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Readable at any size: no NaN, no two labels on top of each other, no label cut off at the edge. */
function expectReadable(svg: string): void {
  expect(svg).not.toMatch(/NaN|Infinity/u);
  const boxes = textBoxes(svg);
  expect(overlappingTexts(boxes)).toEqual([]);
  expect(textsOutside(svg, boxes)).toEqual([]);
}

const labelledYears = (svg: string) => [...svg.matchAll(/>(20\d\d|2100)<\/text>/gu)].map((m) => Number(m[1]));

describe.each(Object.entries(SPANS))("every chart over %s", (_, years) => {
  describe.each(WIDTHS)("at %i px", (width) => {
    it("columnChart thins its year labels, keeps every value readable or in a tooltip, and overlaps nothing", () => {
      const points: ColumnPoint[] = years.map((x, i) => ({ x, value: (i * 37) % 250, highlight: i === 4 }));
      const svg = columnChart(points, { ...base, width, height: 220 });
      expectReadable(svg);
      const labelled = labelledYears(svg);
      expect(labelled.length).toBeGreaterThanOrEqual(2);
      expect(labelled).toContain(years[4]);
      const shown = [...svg.matchAll(/<g class="column[^"]*" data-x="(\d+)">(.*?)<\/g>/gu)];
      expect(shown).toHaveLength(years.at(-1)! - years[0]! + 1);
      for (const [, x, column] of shown) {
        const value = points.find((p) => p.x === Number(x))?.value ?? 0;
        expect(column, `column ${x}`).toMatch(new RegExp(`<title>${x}: ${value}</title>|font-weight="bold">${value}</text>|>${value}</text>`, "u"));
      }
    });

    it("progressChart labels years at a round step and overlaps nothing", () => {
      let count = 0;
      const input: ProgressInput = {
        points: years.filter((y) => y >= 2015).map((year) => ({ year, count: (count = Math.min(63, count + 3)), share: count / 63 })),
        total: 63,
        targets: [
          { year: 2015, share: 0.7, label: "2015" },
          { year: 2020, share: 0.9, label: "2020" },
        ],
        projection: null,
      };
      const labels = { projection: "Dự báo", target: "Mục tiêu", yAxis: "Tỉnh có cán bộ được tập huấn (% của 63)", xAxis: "Năm" };
      const svg = progressChart(input, { ...base, width, height: width < 500 ? 300 : 380, labels });
      expectReadable(svg);
      const labelled = labelledYears(svg).filter((y) => !svg.includes(`· ${y}<`));
      expect(labelled.length).toBeGreaterThanOrEqual(2);
      const steps = new Set(labelled.slice(1).map((y, i) => y - labelled[i]!));
      expect(steps.size).toBe(1);
    });

    it("timelineChart draws one mark per course, marks apart, and overlaps nothing", () => {
      const items: TimelineItem[] = years.flatMap((year, i) =>
        (["basic", "advanced"] as const).map((programme) => ({
          id: `${year}-${programme}`,
          year,
          programme,
          label: `${programme} ${year}`,
          value: i % 7 === 3 ? null : (i * 131) % 1200,
          href: `/khoa/${year}-${programme}/`,
        })),
      );
      const svg = timelineChart(items, { ...base, width, labels: { programmes: { basic: "Khóa cơ bản", advanced: "Khóa nâng cao" }, notPublished: "không công bố" } });
      expectReadable(svg);
      const marks = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="9"/gu)].map((m) => [Number(m[1]), Number(m[2])] as const);
      expect(marks).toHaveLength(items.length);
      for (const [i, [x, y]] of marks.entries()) {
        for (const [u, v] of marks.slice(i + 1)) expect(Math.hypot(x - u, y - v), `marks at ${x},${y} and ${u},${v}`).toBeGreaterThanOrEqual(18);
      }
    });
  });
});

describe.each(WIDTHS)("charts with many categories at %i px", (width) => {
  const provinces = readFileSync(new URL("../../data/provinces.csv", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",")[1]!);

  it("barChart gives each of the 63 provinces its own row, and overlaps nothing", () => {
    const rows: BarRow[] = provinces.map((label, i) => ({ id: `p${i}`, label, value: (i * 17) % 40, note: `${i % 4} khóa` }));
    const svg = barChart(rows, { ...base, width });
    expectReadable(svg);
    for (const label of provinces) expect(svg).toContain(`>${label}</text>`);
  });

  it("columnChart keeps 63 province names apart by thinning them", () => {
    const svg = columnChart(provinces.map((x, i) => ({ x, value: (i * 7) % 30 })), { ...base, width, height: 220 });
    expectReadable(svg);
    expect([...svg.matchAll(/font-size="1\d">([^<]+)<\/text>/gu)].length).toBeGreaterThanOrEqual(2);
  });

  it("barChart draws 500 categories without a label on top of another", () => {
    const rows: BarRow[] = range(1, 500).map((i) => ({ id: `c${i}`, label: `Hạng mục ${i}`, value: i % 2 === 0 ? i / 500 : 0 }));
    const svg = barChart(rows, { ...base, width, percent: true, max: 1 });
    expectReadable(svg);
    expect(svg.split('class="bar-row"').length - 1).toBe(500);
  });
});
