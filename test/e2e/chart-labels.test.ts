import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasBrowser } from "./browser.ts";
import { useSite } from "./setup.ts";

/** The common system fonts a reader may have; the charts leave room for the widest of them. */
const FONTS = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Roboto"];
/** Pages with every kind of chart, at a phone's width and a desktop's, and the stand-alone images. */
const PAGES = ["/tien-do/", "/en/progress/", "/khoa-hoc/", "/en/courses/", "/tinh/ha-noi/", "/en/provinces/ha-noi/", "/"];
const IMAGES = ["/files/charts/regions-vi.svg", "/files/charts/regions-en.svg", "/files/charts/coverage-en.svg", "/files/charts/courses-vi.svg"];

/**
 * Every <text> of every visible chart SVG that reaches outside its SVG as the browser lays it out (screen
 * boxes, so nested groups and transforms count), beyond a pixel of the glyphs' own side bearings.
 */
function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const charts = [...document.querySelectorAll<SVGSVGElement>("svg.chart")];
    if (document.documentElement instanceof SVGSVGElement) charts.push(document.documentElement);
    for (const svg of charts) {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0) continue;
      for (const text of svg.querySelectorAll<SVGTextElement>("text")) {
        const b = text.getBoundingClientRect();
        if (b.width === 0) continue;
        if (b.left < frame.left - 1.5 || b.right > frame.right + 1.5 || b.top < frame.top - 1.5 || b.bottom > frame.bottom + 1.5) {
          out.push(`"${text.textContent}" ${(b.left - frame.left).toFixed(1)}–${(b.right - frame.left).toFixed(1)} in 0–${frame.width.toFixed(0)}`);
        }
      }
    }
    return out;
  });
}

describe.skipIf(!hasBrowser)("chart labels in the common system fonts", () => {
  const site = useSite();
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });
  afterAll(() => page?.close());

  describe.each(FONTS)("in %s", (font) => {
    const force = `svg text, svg tspan { font-family: "${font}" !important; }`;

    it.each([360, 1280])("draws every label of the pages' charts inside the chart at %i px", async (width) => {
      await page.setViewportSize({ width, height: 900 });
      const clipped: string[] = [];
      for (const path of PAGES) {
        await page.goto(site.url(path), { waitUntil: "load" });
        await page.addStyleTag({ content: force });
        expect(await page.evaluate((f) => document.fonts.check(`14px "${f}"`), font), `${font} is installed`).toBe(true);
        clipped.push(...(await clippedLabels(page)).map((c) => `${path}: ${c}`));
      }
      expect(clipped).toEqual([]);
    });

    it("draws every label of the downloadable images inside the image", async () => {
      const clipped: string[] = [];
      for (const path of IMAGES) {
        await page.goto(site.url(path), { waitUntil: "load" });
        await page.evaluate((css) => {
          const style = document.createElementNS("http://www.w3.org/2000/svg", "style");
          style.textContent = css;
          document.documentElement.prepend(style);
        }, force);
        clipped.push(...(await clippedLabels(page)).map((c) => `${path}: ${c}`));
      }
      expect(clipped).toEqual([]);
    });
  });
});
