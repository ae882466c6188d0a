import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasBrowser } from "./browser.ts";
import { useSite } from "./setup.ts";
import { stats } from "./stats.ts";
import { pageCases } from "./templates.ts";

/** Where the pictures go for a person to look at (test-results/ is ignored by git). */
const OUT = path.resolve(import.meta.dirname, "../../test-results/screenshots");
const WIDTHS = [360, 1280];

describe.skipIf(!hasBrowser)("full-page screenshots of every page template", () => {
  const site = useSite();
  let page: Page;

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    page = await site.browser.newPage();
  });
  afterAll(() => page?.close());

  const cases = pageCases(stats).flatMap((c) => WIDTHS.map((width) => [`${c.lang}-${c.template}-${width}`, { ...c, width }] as const));
  it.each(cases)("writes %s.png and the page does not scroll sideways", async (name, c) => {
    await page.setViewportSize({ width: c.width, height: 800 });
    const response = await page.goto(site.url(c.path), { waitUntil: "load" });
    expect(response?.status()).toBe(c.status);
    const file = path.join(OUT, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect((await stat(file)).size).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest(".table-wrap, .visually-hidden, [hidden]"))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""} (right edge ${Math.round(el.getBoundingClientRect().right)})`);
      return { scrollWidth: document.documentElement.scrollWidth, wide };
    });
    expect(overflow.scrollWidth, `horizontal scrolling at ${c.width} px; elements past the edge: ${overflow.wide.join(", ")}`).toBeLessThanOrEqual(c.width);
  });
});
