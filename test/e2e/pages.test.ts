import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasBrowser } from "./browser.ts";
import { linkChecker, localUrl } from "./link-check.ts";
import { useSite, watchPage, type PageProblems } from "./setup.ts";
import { stats } from "./stats.ts";
import { counterpart, pageCases } from "./templates.ts";

/** What a visit to one page found. */
interface Visit {
  status: number | undefined;
  problems: PageProblems;
  lang: string | null;
  alternates: Record<string, string>;
  switchHref: string | null;
  links: string[];
  /** Dates written as ISO (2018-05-09, 2018-10) in the text a reader sees, outside code and the data dictionary's formats. */
  isoDates: string[];
}

describe.skipIf(!hasBrowser)("every page template, in Vietnamese and in English", () => {
  const site = useSite();
  const visits = new Map<string, Promise<Visit>>();
  const check = linkChecker();
  const cases = pageCases(stats);
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    page = await site.browser.newPage();
    problems = watchPage(page, site.origin);
  });
  afterAll(() => page?.close());

  /** Loads a page once (later calls reuse the result), recording what it did. */
  function visit(c: (typeof cases)[number]): Promise<Visit> {
    if (!visits.has(c.path)) {
      visits.set(
        c.path,
        (async () => {
          for (const list of Object.values(problems)) list.length = 0;
          const response = await page.goto(site.url(c.path), { waitUntil: "load" });
          await page.waitForTimeout(100);
          const visit: Visit = {
            status: response?.status(),
            problems: structuredClone(problems),
            lang: await page.getAttribute("html", "lang"),
            alternates: await page.$$eval("link[rel=alternate][hreflang]", (links) =>
              Object.fromEntries(links.map((l) => [l.getAttribute("hreflang") ?? "", l.getAttribute("href") ?? ""])),
            ),
            switchHref: await page.getAttribute("a.lang-switch", "href"),
            links: await page.$$eval("a[href], link[href]", (nodes) => nodes.map((n) => n.getAttribute("href") ?? "")),
            isoDates: await page.evaluate(() => {
              const main = document.body.cloneNode(true) as HTMLElement;
              for (const skip of main.querySelectorAll("code, pre, script, style, [data-field]")) skip.remove();
              return [...(main.textContent ?? "").matchAll(/\b\d{4}-\d{2}(?:-\d{2})?\b/g)].map((m) => m[0]);
            }),
          };
          return visit;
        })(),
      );
    }
    return visits.get(c.path)!;
  }

  const pathOf = (href: string) => localUrl(href, site.origin)?.pathname ?? href;

  describe.each(cases.map((c) => [`${c.lang} ${c.template} page (${c.path})`, c] as const))("the %s", (_, c) => {

    it(`answers ${c.status}, with no console error, no page error and no request leaving 127.0.0.1`, async () => {
      const v = await visit(c);
      expect(v.status, `HTTP status of ${c.path}`).toBe(c.status);
      // The browser reports the 404 page's own status as a console error; anything else is a fault.
      const consoleErrors = v.problems.consoleErrors.filter((e) => !(c.status === 404 && e.includes("status of 404")));
      expect.soft(consoleErrors, "console errors").toEqual([]);
      expect.soft(v.problems.pageErrors, "uncaught page errors").toEqual([]);
      expect.soft(v.problems.externalRequests, "requests to other hosts").toEqual([]);
    });

    it(`declares <html lang="${c.lang}">`, async () => {
      expect((await visit(c)).lang).toBe(c.lang);
    });

    it("writes dates as readers write them, never as ISO", async () => {
      expect((await visit(c)).isoDates).toEqual([]);
    });

    it("has hreflang links and a language switch that point to its counterpart, which exists", async () => {
      const v = await visit(c);
      const other = counterpart(cases, c);
      expect(Object.keys(v.alternates).sort()).toEqual(["en", "vi", "x-default"]);
      if (other) {
        const vi = c.lang === "vi" ? c.path : other.path;
        const en = c.lang === "en" ? c.path : other.path;
        expect(pathOf(v.alternates.vi ?? ""), "hreflang=vi").toBe(vi);
        expect(pathOf(v.alternates.en ?? ""), "hreflang=en").toBe(en);
        expect(pathOf(v.alternates["x-default"] ?? ""), "hreflang=x-default").toBe(vi);
        expect(pathOf(v.switchHref ?? ""), "language switch").toBe(other.path);
      }
      const targets = [...Object.values(v.alternates), v.switchHref ?? ""];
      for (const href of targets) {
        const url = localUrl(href, site.origin);
        expect(url, `${href} is an address of this site`).not.toBeNull();
        expect(await check(url!), `${href}`).toBeNull();
      }
    });

    it("has no broken internal link", async () => {
      const v = await visit(c);
      const broken: string[] = [];
      for (const href of new Set(v.links)) {
        const url = localUrl(href, site.origin);
        if (!url || !/^https?:$/.test(url.protocol)) continue;
        const problem = await check(url);
        if (problem) broken.push(`${href}: ${problem}`);
      }
      expect(broken).toEqual([]);
    });
  });
});
