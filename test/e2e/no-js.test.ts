import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasBrowser } from "./browser.ts";
import { useSite } from "./setup.ts";
import { latestFact, provinceCount } from "./published-facts.ts";
import { stats } from "./stats.ts";

const LANGS = ["vi", "en"] as const;
const { latestYear } = stats.meta;
const headline = latestFact("provinces_trained_practice");
const hanoi = stats.officials.byProvince.find((p) => p.code === "01")!;

/** "1.234" (vi) or "1,234" (en) → 1234: digits only, so the test does not share the site's formatter. */
const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

/** Cumulative officials of an area by the end of the latest year, from its series in the aggregate. */
const cumulativeAtLatest = (area: { byYear: { year: number; cumulative: number }[] }) => area.byYear.find((y) => y.year === latestYear)?.cumulative;

/** Charts a reader can see: visible SVGs inside figure.chart that draw something. */
function visibleCharts(page: Page): Promise<number> {
  return page.$$eval("figure.chart svg", (svgs) => svgs.filter((svg) => svg.checkVisibility() && svg.querySelector("path, rect, circle, line")).length);
}

/** data-value of every row of one column of a table, keyed by the row's data attribute. */
function columnByRow(page: Page, rows: string, key: string, cell: string): Promise<Record<string, string>> {
  return page.$$eval(rows, (trs, [k, c]) => Object.fromEntries(trs.map((tr) => [tr.getAttribute(k!) ?? "", tr.querySelector(c!)?.getAttribute("data-value") ?? ""])), [key, cell]);
}

describe.skipIf(!hasBrowser)("pages with JavaScript switched off", () => {
  const site = useSite();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  const open = async (path: string) => {
    const response = await page.goto(site.url(path), { waitUntil: "load" });
    expect(response?.status(), path).toBe(200);
    expect(await page.evaluate(() => typeof (window as { mapExplorer?: unknown }).mapExplorer)).toBe("undefined");
  };

  describe.each(LANGS)("in %s", (lang) => {
    it("the home page shows the published headline count of provinces and the number of courses, with its chart and map", async () => {
      await open(lang === "vi" ? "/" : "/en/");
      expect(await page.locator(".headline-figure").textContent()).toBe(`${headline.value}/${provinceCount}`);
      expect(digits(await page.locator('[data-figure="courses"]').textContent())).toBe(stats.courses.length);
      expect(await visibleCharts(page)).toBeGreaterThanOrEqual(2);
      const mapShapes = await page.$$eval("figure.chart svg path[data-id]", (paths) => new Set(paths.filter((p) => p.checkVisibility()).map((p) => p.getAttribute("data-id"))).size);
      expect(mapShapes).toBe(stats.officials.byProvince.length);
    });

    it("the map page hides the year, layer and measure controls, which need JavaScript", async () => {
      await open(lang === "vi" ? "/ban-do/" : "/en/map/");
      expect(await page.locator("[data-map-controls]").isHidden()).toBe(true);
    });

    it("the map page shows both maps and the 63 + 34 table rows, each with the aggregate's cumulative officials", async () => {
      await open(lang === "vi" ? "/ban-do/" : "/en/map/");
      for (const layer of ["provinces", "units"]) {
        expect(await page.locator(`.map-layer[data-layer="${layer}"] svg`).isVisible(), `${layer} map`).toBe(true);
        expect(await page.locator(`.map-table[data-layer="${layer}"] table`).isVisible(), `${layer} table`).toBe(true);
      }
      const expected = (areas: typeof stats.officials.byProvince | typeof stats.officials.byUnit) =>
        Object.fromEntries(areas.map((a) => [a.code, String(cumulativeAtLatest(a))]));
      const provinces = await columnByRow(page, '.map-table[data-layer="provinces"] tr[data-id]', "data-id", 'td[data-col="officials"]');
      const units = await columnByRow(page, '.map-table[data-layer="units"] tr[data-id]', "data-id", 'td[data-col="officials"]');
      expect(Object.keys(provinces)).toHaveLength(63);
      expect(Object.keys(units)).toHaveLength(34);
      expect(provinces).toEqual(expected(stats.officials.byProvince));
      expect(units).toEqual(expected(stats.officials.byUnit));
    });

    it("the progress page shows its charts and one coverage row per year of the aggregated series", async () => {
      await open(lang === "vi" ? "/tien-do/" : "/en/progress/");
      expect(await visibleCharts(page)).toBeGreaterThanOrEqual(2);
      const rows = await page.$$eval("tr[data-year]", (trs) =>
        trs.map((tr) => ({
          year: Number(tr.getAttribute("data-year")),
          advanced: Number(tr.querySelector('[data-col="advanced"]')?.getAttribute("data-value")),
          share: Number(tr.querySelector('[data-col="share"]')?.getAttribute("data-value")),
          any: Number(tr.querySelector('[data-col="any"]')?.getAttribute("data-value")),
          units: Number(tr.querySelector('[data-col="units"]')?.getAttribute("data-value")),
        })),
      );
      const { advanced, all } = stats.coverage;
      expect(rows).toEqual(
        advanced.provinces.map((p) => ({
          year: p.year,
          advanced: p.count,
          share: p.share,
          any: all.provinces.find((a) => a.year === p.year)?.count,
          units: advanced.units.find((u) => u.year === p.year)?.count,
        })),
      );
    });

    it("the Hà Nội page shows the officials figure of the aggregate, its chart and its tables", async () => {
      await open(lang === "vi" ? "/tinh/ha-noi/" : "/en/provinces/ha-noi/");
      expect(await page.locator("h1").textContent()).toBe(lang === "vi" ? hanoi.name_vi : hanoi.name_en);
      expect(digits(await page.locator('[data-figure="province-officials"]').textContent())).toBe(hanoi.officials);
      expect(await visibleCharts(page)).toBe(1);
      expect(await page.locator("main table").count()).toBe(2);
      const courseRows = await page.locator("main table tbody tr[data-course]").count();
      expect(courseRows).toBe(hanoi.courses.length);
    });
  });
});
