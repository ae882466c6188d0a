import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasBrowser } from "./browser.ts";
import { useSite, watchPage, type PageProblems } from "./setup.ts";
import { stats } from "./stats.ts";

const PAGES = [
  { lang: "vi", path: "/ban-do/" },
  { lang: "en", path: "/en/map/" },
] as const;

const { firstYear, latestYear } = stats.meta;
/** The year the advanced course first reached a province: a year where both measures differ from the latest. */
const advancedStart = stats.coverage.advanced.provinces.find((p) => p.count > 0)?.year ?? firstYear;

/** Cumulative officials of each province by the end of `year`, as the aggregate says: code → "12". */
function cumulativeBy(year: number): Record<string, string> {
  return Object.fromEntries(
    stats.officials.byProvince.map((p) => [p.code, String(p.byYear.find((y) => y.year === year)?.cumulative ?? Number.NaN)]),
  );
}

/** The view a reader sees: controls, which layer shows, every shape's fill and every visible table cell. */
function snapshot(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => el.checkVisibility();
    return {
      year: document.querySelector<HTMLInputElement>("[data-year-control]")?.value,
      output: document.querySelector("[data-year-output]")?.textContent,
      checked: [...document.querySelectorAll<HTMLInputElement>("[data-map-controls] input[type=radio]:checked")].map((i) => `${i.name}=${i.value}`).sort(),
      layers: [...document.querySelectorAll<HTMLElement>(".map-layer")].filter(visible).map((l) => l.dataset.layer),
      fills: [...document.querySelectorAll(".map-layer svg [data-id]")].filter(visible).map((s) => `${s.getAttribute("data-id")}:${s.getAttribute("fill")}`),
      cells: [...document.querySelectorAll(".map-table tr[data-id] td")].filter(visible).map((td) => `${td.closest("tr")?.dataset.id}:${td.getAttribute("data-value")}`),
    };
  });
}

/** data-value of one column of a layer's table, by row id. */
function column(page: Page, layer: string, col: string): Promise<Record<string, string>> {
  return page.$$eval(`.map-table[data-layer="${layer}"] tr[data-id]`, (rows, c) => Object.fromEntries(rows.map((r) => [r.dataset.id ?? "", r.querySelector(`td[data-col="${c}"]`)?.getAttribute("data-value") ?? ""])), col);
}

/** Moves the year slider with the keyboard, as a reader would, until it shows `year`. */
async function pressToYear(page: Page, year: number): Promise<void> {
  const slider = page.locator("[data-year-control]");
  await slider.focus();
  const current = Number(await slider.inputValue());
  for (let i = 0; i < current - year; i++) await page.keyboard.press("ArrowLeft");
}

describe.skipIf(!hasBrowser)("the map explorer", () => {
  const site = useSite();
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems = watchPage(page, site.origin);
  });
  afterAll(() => page?.close());

  describe.each(PAGES)("on $path", ({ lang, path }) => {
    const open = async (query = "") => {
      const response = await page.goto(site.url(path + query), { waitUntil: "load" });
      expect(response?.status()).toBe(200);
      await page.locator("[data-map-controls]").waitFor({ state: "visible" });
    };

    it("recolours the map and rewrites the table for the year chosen with the keyboard", async () => {
      await open();
      const before = await snapshot(page);
      expect(await column(page, "provinces", "officials")).toEqual(cumulativeBy(latestYear));
      await pressToYear(page, advancedStart);
      const after = await snapshot(page);
      expect(after.year).toBe(String(advancedStart));
      expect(after.output).toBe(String(advancedStart));
      const changed = after.fills.filter((fill, i) => fill !== before.fills[i]);
      expect(changed.length, "shapes whose fill changed").toBeGreaterThan(0);
      expect(await column(page, "provinces", "officials")).toEqual(cumulativeBy(advancedStart));
      expect(new URL(page.url()).searchParams.get("year")).toBe(String(advancedStart));
    });

    it("says the year chosen in the table's caption and heading, in every area's name, and orders the rows by it", async () => {
      await open();
      await pressToYear(page, advancedStart);
      const year = String(advancedStart);
      const templated = await page.$$eval('.map-table[data-layer="provinces"] [data-year-template]', (spans) =>
        spans.map((s) => ({ template: (s as HTMLElement).dataset.yearTemplate ?? "", text: s.textContent ?? "" })),
      );
      expect(templated).toHaveLength(2);
      for (const { template, text } of templated) expect(text).toBe(template.replace("{year}", year));

      const officials = Object.values(await column(page, "provinces", "officials")).map(Number);
      const inOrder = await page.$$eval('.map-table[data-layer="provinces"] tr[data-id] td[data-col="officials"]', (tds) =>
        tds.map((td) => Number(td.getAttribute("data-value") || 0)),
      );
      expect(inOrder).toEqual([...officials].sort((a, b) => b - a));

      // Each province's title and link name carry its officials by the year chosen, or no figure before its first course.
      const by = cumulativeBy(advancedStart);
      const names = await page.$$eval('.map-layer[data-layer="provinces"] svg path[data-id]:not([data-zoom] *)', (paths) =>
        paths.map((p) => ({ id: p.getAttribute("data-id") ?? "", title: p.querySelector("title")?.textContent ?? "", link: p.closest("a")?.getAttribute("aria-label") ?? "" })),
      );
      expect(names.length).toBeGreaterThanOrEqual(63);
      for (const { id, title, link } of names) {
        const digits = title.replace(/[^0-9]/g, "");
        expect(digits, `${id}: "${title}"`).toBe(by[id] === "0" ? "" : by[id]);
        expect(link).toBe(title);
      }

      // The islets of an archipelago take the colour of the area they belong to.
      const islets = await page.$$eval('.map-layer[data-layer="provinces"] [data-archipelago]', (groups) =>
        groups.map((g) => ({
          owner: g.querySelector(".province-map__islands")?.getAttribute("fill"),
          islets: [...g.querySelectorAll(".province-map__islet")].map((i) => i.getAttribute("fill")),
        })),
      );
      expect(islets.length).toBeGreaterThan(0);
      for (const { owner, islets: fills } of islets) {
        expect(fills.length).toBeGreaterThan(0);
        for (const fill of fills) expect(fill).toBe(owner);
      }
    });

    it("shows exactly the 34 units, and hides the 63 provinces, when the 2025 layer is chosen", async () => {
      await open();
      await page.locator('input[name="layer"][value="units"]').check();
      // Each archipelago is drawn with the unit it belongs to (Hoàng Sa: Đà Nẵng, Trường Sa: Khánh Hòa) and carries its id.
      const shapes = await page.$$eval(".map-layer svg [data-id]:not([data-archipelago]):not([data-archipelago] *)", (all) =>
        all.filter((s) => s.checkVisibility()).map((s) => s.getAttribute("data-id") ?? ""),
      );
      expect(shapes).toHaveLength(34);
      expect(shapes.sort()).toEqual(stats.officials.byUnit.map((u) => u.code).sort());
      expect(await page.locator('.map-layer[data-layer="provinces"]').isHidden()).toBe(true);
      expect(await page.locator('.map-table[data-layer="provinces"]').isHidden()).toBe(true);
      expect(await page.locator('.map-table[data-layer="units"] tr[data-id]').count()).toBe(34);
      expect(new URL(page.url()).searchParams.get("layer")).toBe("units");
    });

    it("writes year, layer and measure into the address, and that address reproduces the view", async () => {
      await open();
      await pressToYear(page, advancedStart);
      await page.locator('input[name="layer"][value="units"]').check();
      await page.locator('input[name="measure"][value="firstYear"]').check();
      const query = new URL(page.url()).searchParams;
      expect([query.get("year"), query.get("layer"), query.get("measure")]).toEqual([String(advancedStart), "units", "firstYear"]);
      const chosen = await snapshot(page);
      expect(chosen.checked).toEqual(["layer=units", "measure=firstYear"]);

      await open(`?year=${advancedStart}&layer=units&measure=firstYear`);
      const reloaded = await snapshot(page);
      expect(reloaded).toEqual(chosen);
      const firstYears = Object.fromEntries(
        stats.officials.byUnit.map((u) => [u.code, u.firstYear !== null && u.firstYear <= advancedStart ? String(u.firstYear) : ""]),
      );
      expect(await column(page, "units", "firstYear")).toEqual(firstYears);
    });

    it("lets the keyboard alone reach a province on the map and open its page with Enter", async () => {
      await open();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      let href: string | null = null;
      for (let presses = 0; presses < 80 && !href; presses++) {
        await page.keyboard.press("Tab");
        href = await page.evaluate(() => document.activeElement?.closest(".map-layer svg a")?.getAttribute("href") ?? null);
      }
      expect(href, "a map link got the focus within 80 Tab presses").not.toBeNull();
      expect(href).toMatch(lang === "vi" ? /^\/tinh\/[a-z-]+\/$/ : /^\/en\/provinces\/[a-z-]+\/$/);
      await Promise.all([page.waitForURL((url) => url.pathname === href), page.keyboard.press("Enter")]);
      const name = await page.locator("h1").textContent();
      const province = stats.officials.byProvince.find((p) => (lang === "vi" ? p.name_vi : p.name_en) === name);
      expect(province, `the page opened (${href}) is a province page, h1 "${name}"`).toBeDefined();
    });

    it("shows a tooltip with the province's name on hover", async () => {
      await open();
      const largest = await page.evaluate(() => {
        // The provinces of the main map, not their second copies in the zoomed panels.
        const shapes = [...document.querySelectorAll('.map-layer[data-layer="provinces"] svg path[data-id]:not([data-archipelago] *):not([data-zoom] *)')];
        const sizes = shapes.map((s) => s.getBoundingClientRect().width * s.getBoundingClientRect().height);
        return shapes[sizes.indexOf(Math.max(...sizes))]?.getAttribute("data-id");
      });
      // Scrolling hides the tooltip, so the scroll must be over before the pointer moves.
      await page.locator(`.map-layer[data-layer="provinces"] svg path[data-id="${largest}"]`).first().scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const target = await page.evaluate((id) => {
        const shape = document.querySelector(`.map-layer[data-layer="provinces"] svg path[data-id="${id}"]`);
        if (!shape) return null;
        const box = shape.getBoundingClientRect();
        for (let i = 1; i < 10; i++) {
          for (let j = 1; j < 10; j++) {
            const x = box.left + (box.width * i) / 10;
            const y = box.top + (box.height * j) / 10;
            if (document.elementFromPoint(x, y) === shape) return { id: shape.getAttribute("data-id"), x, y };
          }
        }
        return null;
      }, largest);
      expect(target, "a point of the largest province that the pointer can reach").not.toBeNull();
      const province = stats.officials.byProvince.find((p) => p.code === target!.id)!;
      await page.mouse.move(target!.x, target!.y);
      const tooltip = page.locator("[data-map-tooltip]");
      await tooltip.waitFor({ state: "visible", timeout: 5_000 });
      expect(await tooltip.locator("strong").textContent()).toBe(lang === "vi" ? province.name_vi : province.name_en);
    });

    it("logged no console or page error while being used", () => {
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    });
  });
});

describe.skipIf(!hasBrowser)("the map on a phone and on a desktop", () => {
  const site = useSite();

  /** For each page a map links to, the largest of its targets: the smaller side of its box, in CSS pixels. */
  function largestTargets(page: Page, layer: string) {
    return page.$$eval(`.map-layer[data-layer="${layer}"] svg a`, (links) => {
      const best: Record<string, number> = {};
      for (const a of links) {
        const box = a.getBoundingClientRect();
        const href = a.getAttribute("href") ?? "";
        best[href] = Math.max(best[href] ?? 0, Math.min(box.width, box.height));
      }
      return best;
    });
  }

  describe.each([360, 1280])("%i px wide", (width) => {
    it.each(["provinces", "units"] as const)("gives every area of the %s layer a target of at least 24 × 24 px, and shows both archipelagos with their labels", async (layer) => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      try {
        await page.goto(site.url("/ban-do/"), { waitUntil: "load" });
        await page.locator(`input[name="layer"][value="${layer}"]`).check();
        const targets = await largestTargets(page, layer);
        const areas = layer === "provinces" ? stats.officials.byProvince : stats.officials.byUnit;
        expect(Object.keys(targets).length).toBe(areas.length);
        const small = Object.entries(targets).filter(([, size]) => size < 24);
        expect(small, "pages whose every target on the map is under 24 px").toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        for (const id of ["hoang-sa", "truong-sa"]) {
          const group = page.locator(`.map-layer[data-layer="${layer}"] [data-archipelago="${id}"]`);
          expect(await group.isVisible()).toBe(true);
          const label = await group.locator("text").textContent();
          expect(label).toMatch(id === "hoang-sa" ? /^QĐ\. Hoàng Sa\s?\(TP\. Đà Nẵng\)$/ : /^QĐ\. Trường Sa\s?\(tỉnh Khánh Hòa\)$/);
          const box = await group.boundingBox();
          expect(box!.width).toBeGreaterThan(24);
        }
      } finally {
        await page.close();
      }
    });
  });
});
