import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataFiles } from "../checker/support.ts";
import { nginxHeaders, nginxPolicy } from "../deploy/server-configs.ts";
import { hasBrowser } from "./browser.ts";
import { chooseFiles, untilReady } from "./checker-page.ts";
import { useSite } from "./setup.ts";
import { stats } from "./stats.ts";
import { embedCases, pageCases } from "./templates.ts";

/** The pages under the headers of deploy/nginx.conf: every page template, the embeds, and a check run on the checker page. */
describe.skipIf(!hasBrowser)("the site under the Content-Security-Policy of the server configurations", () => {
  const site = useSite();
  let context: BrowserContext;
  const violations: string[] = [];

  beforeAll(async () => {
    context = await site.browser.newContext();
    await context.route("**/*", async (route) => {
      const response = await route.fetch();
      const path = new URL(route.request().url()).pathname;
      await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": nginxPolicy(path), "x-content-type-options": nginxHeaders()["X-Content-Type-Options"]!.value } });
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
  });
  afterAll(() => context?.close());

  const watch = async (path: string) => {
    const page = await context.newPage();
    page.on("console", (m) => /^CSP: |Content Security Policy/i.test(m.text()) && violations.push(`${path}: ${m.text()}`));
    page.on("pageerror", (e) => violations.push(`${path}: ${e.message}`));
    return page;
  };

  it.each([...pageCases(stats), ...embedCases()].map((c) => [c.path]))("loads %s without a violation", async (path) => {
    const page = await watch(path);
    await page.goto(site.url(path), { waitUntil: "load" });
    await page.waitForTimeout(100);
    expect(violations.filter((v) => v.startsWith(`${path}: `))).toEqual([]);
    await page.close();
  });

  it("runs a check on the checker page, worker and requests included, without a violation", async () => {
    const page = await watch("/en/check-data/");
    await page.goto(site.url("/en/check-data/"));
    await untilReady(page);
    await chooseFiles(page, [{ name: "targets.csv", bytes: Buffer.from(dataFiles()["targets.csv"]!) }]);
    expect(await page.locator("[data-checker-status]").textContent()).toBe("Done: the data are valid. See the changes below.");
    expect(await page.locator("[data-changes]").count()).toBe(1);
    expect(violations).toEqual([]);
    await page.close();
  });
});
