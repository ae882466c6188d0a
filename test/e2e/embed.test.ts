import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { hasBrowser } from "./browser.ts";
import { useSite, watchPage } from "./setup.ts";
import { stats } from "./stats.ts";

describe.skipIf(!hasBrowser)("embedding a chart on another site", () => {
  const site = useSite();

  it("shows the chart alone in an iframe and reports its height to the host page", async () => {
    const page = await site.browser.newPage({ viewport: { width: 800, height: 900 } });
    const problems = watchPage(page, site.origin);
    await page.goto(site.url("/robots.txt"));
    // A host page with the snippet's listener, framing the embed the way a newspaper would.
    const height = await page.evaluate(
      (src) =>
        new Promise<number>((resolve) => {
          addEventListener("message", (event) => {
            if (event.data?.type === "moit-embed-height") resolve(event.data.height);
          });
          const frame = document.createElement("iframe");
          frame.src = src;
          frame.style.width = "600px";
          document.body.append(frame);
        }),
      site.url("/nhung/coverage/"),
    );
    expect(height).toBeGreaterThan(200);
    const frame = page.frames().find((f) => f.url().endsWith("/nhung/coverage/"));
    expect(await frame?.locator("header, nav, footer").count()).toBe(0);
    expect(await frame?.locator("svg[role]").count()).toBeGreaterThan(0);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
    await page.close();
  });

  it("shows the embed at a sane size without JavaScript", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 600, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url("/en/embed/map-units/"));
    expect(await page.locator('svg [data-id]:not([data-id="48"]):not([data-id="56"])').count()).toBeGreaterThanOrEqual(32);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(1400);
    await context.close();
  });
});

describe.skipIf(!hasBrowser)("a chart's downloads", () => {
  const site = useSite();

  it("saves the chart as a PNG drawn from its published SVG", async () => {
    const page = await site.browser.newPage({ acceptDownloads: true });
    await page.goto(site.url("/tien-do/"));
    const button = page.locator('[data-figure-tools="coverage"] button[data-png-source]');
    await expect.poll(() => button.isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe("coverage-vi.png");
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await page.close();
  });

  it("links each chart to a CSV holding exactly its numbers", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url("/en/progress/"));
    const href = await page.locator('[data-figure-tools="regions"] a[href$=".csv"]').getAttribute("href");
    const response = await page.request.get(site.url(href!));
    const text = await response.text();
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.region, Number(r.provinces_advanced), Number(r.provinces_total)])).toEqual(
      stats.officials.byRegion.map((r) => [r.region, r.provincesReachedAdvanced, r.total]),
    );
    await page.close();
  });
});
