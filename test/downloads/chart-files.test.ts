import Papa from "papaparse";
import { formatDate } from "../../src/i18n/format.ts";
import { describe, expect, it } from "vitest";
import { chartFiles, figureCsv, figureSvg } from "../../src/downloads/chart-files.ts";
import { figureSet, figureTools } from "../../src/site/views/figure-set.ts";
import { topology } from "../geo/load.ts";
import { sampleContext } from "../site/support.ts";

const ctx = sampleContext();
const figure = figureSet(ctx, topology);

function parse(csv: string) {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
}

describe("figureCsv(figure)", () => {
  it("holds exactly the coverage chart's points: actual years from the first reached, the targets and the projection", () => {
    const rows = parse(figureCsv(figure("coverage", "vi")));
    const series = ctx.site.stats.coverage.advanced.provinces.filter((p) => p.count > 0);
    expect(rows.filter((r) => r.kind === "actual").map((r) => [Number(r.year), Number(r.provinces), r.basis])).toEqual(series.map((p) => [p.year, p.count, p.basis]));
    expect(rows.filter((r) => r.kind === "target").map((r) => [Number(r.year), Number(r.provinces)])).toEqual(
      ctx.site.stats.verdicts.map((v) => [v.targetYear, v.targetCount]),
    );
    const pending = ctx.site.stats.verdicts.find((v) => v.status === "on-track" || v.status === "off-track");
    expect(rows.filter((r) => r.kind === "projection").map((r) => Number(r.year))).toEqual(pending?.projection?.year ? [pending.projection.year] : []);
  });

  it("says on every row what it rests on: the published year with its source, the sample years as sample", () => {
    const rows = parse(figureCsv(figure("coverage", "vi"))).filter((r) => r.kind === "actual");
    const published = rows.filter((r) => r.basis === "published");
    expect(published.map((r) => [Number(r.year), r.source_url])).toEqual(
      ctx.site.stats.coverage.advanced.provinces.filter((p) => p.basis === "published").map((p) => [p.year, p.source_url]),
    );
    expect(published.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.basis !== "published").every((r) => r.basis === "sample")).toBe(true);
  });

  it("gives each 2025 unit of the map its cumulative officials, the sum of its former provinces", () => {
    const rows = parse(figureCsv(figure("map-units", "en")));
    expect(rows).toHaveLength(ctx.site.dataset.units.length);
    for (const row of rows) {
      const members = ctx.site.stats.officials.byProvince.filter((p) => p.code_2025 === row.code);
      expect(Number(row.officials_cumulative)).toBe(members.reduce((sum, p) => sum + p.officials, 0));
    }
  });

  it("is the same file whichever language the figure was made in", () => {
    expect(figureCsv(figure("regions", "vi"))).toBe(figureCsv(figure("regions", "en")));
  });
});

describe("figureSvg(ctx, figure)", () => {
  it("is a stand-alone image with the title, the source line, the licence and the page address", () => {
    const svg = figureSvg(ctx, figure("coverage", "en"));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain("Share of provinces with officials trained in assessment practice (sample data)");
    expect(svg).toContain("Licence CC BY");
    expect(svg).toContain("https://example.test/en/progress/");
    expect(svg).toContain("Sample data: the split by province is assumed");
    // No ISO date where a reader looks: the release date is written out.
    expect(svg).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(svg).toContain(`data release of ${formatDate(ctx.site.build.dataDate, "en")}`);
  });

  it.each(["vi", "en"] as const)("keeps each phrase of the source line whole on one line of text (%s)", (lang) => {
    const licence = lang === "vi" ? "Giấy phép CC BY 4.0" : "Licence CC BY 4.0";
    for (const id of ["coverage", "regions", "courses", "map-provinces", "map-units"] as const) {
      const texts = [...figureSvg(ctx, figure(id, lang)).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? "");
      expect(texts.some((t) => t.includes(licence)), `${id}: "${licence}" in one line`).toBe(true);
      expect(texts.some((t) => t.includes(`${ctx.site.build.baseUrl}`)), `${id}: the address in one line`).toBe(true);
    }
  });

  it("draws the map's colour key into the image", () => {
    const svg = figureSvg(ctx, figure("map-provinces", "vi"));
    expect(svg).toContain("Số lượt cán bộ (cộng dồn)");
    expect(svg).toContain("QĐ. Hoàng Sa (TP. Đà Nẵng)");
    expect(svg).toContain("QĐ. Trường Sa (tỉnh Khánh Hòa)");
  });
});

describe("figureTools(ctx, figure)", () => {
  it("points to the published files and an iframe snippet that resizes to the height the embed reports", () => {
    const tools = figureTools(ctx, figure("regions", "vi"));
    expect(tools.csv).toBe("/files/charts/regions.csv");
    expect(tools.svg).toBe("/files/charts/regions-vi.svg");
    expect(tools.snippet).toContain('<iframe src="https://example.test/nhung/regions/"');
    expect(tools.snippet).toContain('d.type!=="moit-embed-height"');
    expect(chartFiles(ctx, figure).map((f) => f.path)).toEqual(expect.arrayContaining([tools.csv, tools.svg]));
  });
});
