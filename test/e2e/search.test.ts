import { describe, expect, it } from "vitest";
import { hasBrowser } from "./browser.ts";
import { useSite } from "./setup.ts";
import { stats } from "./stats.ts";

const provinces = stats.officials.byProvince.length;

describe.skipIf(!hasBrowser)("the provinces index search", () => {
  const site = useSite();

  it("finds Hà Nội when the reader types without diacritics, and counts the matches", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url("/tinh/"));
    const input = page.locator("[data-filter-input]");
    await input.fill("ha noi");
    const visible = await page.locator("[data-filter-list] li:not([hidden]) a").allTextContents();
    expect(visible).toEqual(["Hà Nội"]);
    expect(await page.locator("[data-filter-count]").textContent()).toContain("1");
    await input.fill("");
    expect(await page.locator("[data-filter-list] li:not([hidden])").count()).toBe(provinces);
    await page.close();
  });

  it("shows no search box to a reader without JavaScript, and lists every province", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url("/en/provinces/"));
    expect(await page.locator("[data-filter-input]").isVisible()).toBe(false);
    expect(await page.locator("[data-filter-list] li").count()).toBe(provinces);
    await context.close();
  });
});
