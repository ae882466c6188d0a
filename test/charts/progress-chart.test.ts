import { describe, expect, it } from "vitest";
import { progressChart, type ProgressChartOptions, type ProgressInput } from "../../src/charts/progress-chart.ts";

const input: ProgressInput = {
  points: [
    { year: 2015, count: 12, share: 12 / 63 },
    { year: 2016, count: 30, share: 30 / 63 },
    { year: 2017, count: 49, share: 49 / 63 },
  ],
  total: 63,
  targets: [
    { year: 2015, share: 0.7, label: "Quyết định 1419/QĐ-TTg, 2015" },
    { year: 2020, share: 0.9, label: "Quyết định 1419/QĐ-TTg, 2020" },
  ],
  projection: { points: [{ year: 2020, share: 57 / 63 }] },
};

const vi: ProgressChartOptions = {
  width: 640,
  height: 400,
  lang: "vi",
  title: "Tỉnh có cán bộ được tập huấn",
  desc: "Đến cuối năm 2017, 49 trên 63 tỉnh có cán bộ được tập huấn.",
  idPrefix: "coverage",
  labels: { projection: "Dự báo đạt mục tiêu", target: "Mục tiêu", yAxis: "Tỉnh có cán bộ được tập huấn (% của 63)", xAxis: "Năm", sample: "Điểm rỗng: số liệu mẫu", sampleShort: "mẫu", solid: "Điểm đặc: số có nguồn" },
};
const en: ProgressChartOptions = {
  ...vi,
  lang: "en",
  title: "Provinces with trained officials",
  desc: "By the end of 2017, 49 of 63 provinces had trained officials.",
  labels: { projection: "Projected to reach the target", target: "Target", yAxis: "Provinces with trained officials (% of 63)", xAxis: "Year" },
};

const count = (svg: string, needle: string) => svg.split(needle).length - 1;

describe("progressChart(input, options)", () => {
  it("labels the last actual point with its share and its count out of the total", () => {
    expect(progressChart(input, vi)).toContain(">77,8% (49/63)</text>");
    expect(progressChart(input, en)).toContain(">77.8% (49/63)</text>");
  });

  it("draws one point per year and one diamond per target, each target labelled with share and year", () => {
    const svg = progressChart(input, vi);
    expect(count(svg, "<circle")).toBe(3);
    expect(count(svg, 'class="target"')).toBe(2);
    expect(svg).toContain(">Mục tiêu: 70% · 2015</text>");
    expect(svg).toContain(">Mục tiêu: 90% · 2020</text>");
  });

  it("names in each target's tooltip the provinces needed to meet it: 45 for 70%, 57 for 90%", () => {
    const svg = progressChart(input, vi);
    expect(svg).toContain("<title>Quyết định 1419/QĐ-TTg, 2015: 70% (≥ 45/63)</title>");
    expect(svg).toContain("<title>Quyết định 1419/QĐ-TTg, 2020: 90% (≥ 57/63)</title>");
  });

  it("draws the projection as a dashed line from the last actual point, labelled with the year it reaches the target, not the target's level", () => {
    const svg = progressChart(input, en);
    const projection = /<g class="projection">(.*?)<\/g>/u.exec(svg)?.[1] ?? "";
    expect(projection).toContain('stroke-dasharray="8 5"');
    expect(projection).toContain(">Projected to reach the target: 2020</text>");
    expect(projection).not.toContain("90.5%");
    expect(svg).toMatch(/<path class="actual" d="M[^"]+"[^>]*stroke-width="3"/u);
    expect(svg).not.toMatch(/<path class="actual"[^>]*stroke-dasharray/u);
  });

  it("runs the year axis from the first point to the last target or projection year", () => {
    const svg = progressChart(input, en);
    for (const year of [2015, 2016, 2017, 2018, 2019, 2020]) expect(svg).toContain(`>${year}</text>`);
    expect(svg).not.toContain(">2014</text>");
    expect(svg).not.toContain(">2021</text>");
  });

  it("shows the y axis in percent, written the Vietnamese way", () => {
    const svg = progressChart(input, vi);
    for (const tick of ["0%", "25%", "50%", "75%", "100%"]) expect(svg).toContain(`>${tick}</text>`);
  });

  it("wires the title and description to the image with prefixed ids", () => {
    const svg = progressChart(input, vi);
    expect(svg).toContain('role="img" aria-labelledby="coverage-title coverage-desc"');
    expect(svg).toContain('<title id="coverage-title">Tỉnh có cán bộ được tập huấn</title>');
    expect(svg).toContain('<desc id="coverage-desc">Đến cuối năm 2017, 49 trên 63 tỉnh có cán bộ được tập huấn.</desc>');
    expect([...svg.matchAll(/ id="([^"]+)"/gu)].map((m) => m[1])).toEqual(["coverage-title", "coverage-desc"]);
  });

  it("draws sample years as hollow points, explains both kinds of point in a key, and marks a sample last value", () => {
    const svg = progressChart({ ...input, sampleYears: [2016, 2017] }, vi);
    expect(count(svg, 'class="sample"')).toBe(2);
    expect(svg).toContain(">Điểm rỗng: số liệu mẫu</text>");
    expect(svg).toContain(">Điểm đặc: số có nguồn</text>");
    expect(svg).toContain(">77,8% (49/63) · mẫu</text>");
    expect(svg).toContain("<title>2016: 47,6% (30/63) · mẫu</title>");
  });

  it("refuses sample years without labels to explain them", () => {
    expect(() => progressChart({ ...input, sampleYears: [2016] }, en)).toThrow(/labels.sample/);
  });

  it("moves labels with no room beside their marks to the key, and draws each label once", () => {
    const crowded = { ...input, points: [...input.points, { year: 2018, count: 53, share: 53 / 63 }], projection: { points: [{ year: 2020, share: 59 / 63 }] } };
    const svg = progressChart(crowded, { ...vi, width: 360, height: 300 });
    const labels = [">84,1% (53/63)", ">Dự báo đạt mục tiêu: 2020<", ">Mục tiêu: 70% · 2015<", ">Mục tiêu: 90% · 2020<"];
    for (const label of labels) expect(count(svg, label)).toBe(1);
    const key = /<g class="key"[^>]*>(.*)<\/g><\/g><\/svg>$/u.exec(svg)?.[1] ?? "";
    expect(labels.some((label) => key.includes(label))).toBe(true);
  });

  it("escapes labels and titles", () => {
    const svg = progressChart(input, { ...en, title: 'A<&"B', labels: { ...en.labels, target: 'T<&"' } });
    expect(svg).toContain("A&lt;&amp;&quot;B");
    expect(svg).toContain("T&lt;&amp;&quot;: 70% · 2015");
    expect(svg).not.toContain('A<&"B');
  });

  it("gives the same string for the same input", () => {
    expect(progressChart(input, vi)).toBe(progressChart(structuredClone(input), { ...vi }));
  });

  it("matches the stored drawing", async () => {
    await expect(progressChart({ ...input, sampleYears: [2017] }, vi)).toMatchFileSnapshot("./__snapshots__/progress-chart.svg");
  });
});
