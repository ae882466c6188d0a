import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasBrowser } from "./browser.ts";
import { useSite } from "./setup.ts";
import { latestFact, provinceCount } from "./published-facts.ts";
import { stats } from "./stats.ts";

const LANGS = ["vi", "en"] as const;
const latestCourse = stats.courses.at(-1)!;
const hcm = stats.officials.byUnit.find((u) => u.code === "79")!;

/** "1.234" (vi) or "1,234" (en) → 1234: digits only, so the test does not share the site's formatter. */
const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

describe.skipIf(!hasBrowser)("figures on the pages, with JavaScript on", () => {
  const site = useSite();
  let page: Page;

  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => page?.close());

  const open = async (path: string) => {
    const response = await page.goto(site.url(path), { waitUntil: "load" });
    expect(response?.status(), path).toBe(200);
  };

  describe.each(LANGS)("in %s", (lang) => {
    it("leads the home and progress pages with the latest published count of provinces, its date and its source, unmarked as sample", async () => {
      const fact = latestFact("provinces_trained_practice");
      const [y, m, d] = fact.as_of.split("-").map(Number);
      for (const path of lang === "vi" ? ["/", "/tien-do/"] : ["/en/", "/en/progress/"]) {
        await open(path);
        const lede = page.locator('[data-figure="headline-sentence"]');
        const text = (await lede.textContent()) ?? "";
        expect(text, path).toContain(`${fact.value} `);
        expect(text, path).toContain(String(provinceCount));
        const date = new Date(Date.UTC(y!, m! - 1, d));
        expect(text, path).toContain(lang === "vi" ? `${d}/${m}/${y}` : date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
        expect(await lede.locator("a").getAttribute("href"), path).toBe(fact.source_url);
        expect(await lede.locator(".basis-sample").count(), path).toBe(0);
      }
      expect(await page.locator('[data-figure="headline"]').count()).toBe(0);
      await open(lang === "vi" ? "/" : "/en/");
      expect(await page.locator('[data-figure="headline"]').textContent()).toBe(`${fact.value}/${provinceCount}`);
    });

    it("the home cards give the published count of officials and of provinces, with their sources, and the number of courses", async () => {
      await open(lang === "vi" ? "/" : "/en/");
      const officials = latestFact("officials_trained");
      const any = latestFact("provinces_trained_any");
      expect(digits(await page.locator('[data-figure="officials_trained"]').textContent())).toBe(Number(officials.value));
      expect(await page.locator('[data-figure="provinces_trained_any"]').textContent()).toBe(`${any.value}/${provinceCount}`);
      expect(digits(await page.locator('[data-figure="courses"]').textContent())).toBe(stats.courses.length);
      const cards = page.locator(".card", { has: page.locator('[data-figure="officials_trained"]') });
      expect(await cards.locator(`a[href="${officials.source_url}"]`).count()).toBe(1);
    });

    it("never calls a target whose year has passed 'on track' or 'off track'", async () => {
      for (const path of lang === "vi" ? ["/", "/tien-do/"] : ["/en/", "/en/progress/"]) {
        await open(path);
        expect(await page.locator(".verdict-on-track, .verdict-off-track").count(), path).toBe(0);
      }
    });

    it("the courses table has one row per round of each course, with its year, officials and provinces", async () => {
      await open(lang === "vi" ? "/khoa-hoc/" : "/en/courses/");
      const rows = await page.$$eval("tr[data-course]", (trs) =>
        trs.map((tr) => {
          const cells = [...tr.querySelectorAll("td")].map((td) => td.getAttribute("data-value"));
          const numbers = [...tr.querySelectorAll("td.num")].map((td) => Number(td.getAttribute("data-value")));
          return `${tr.dataset.course} round ${tr.dataset.round}: year ${cells[0]}, officials ${numbers[0]}, provinces ${numbers[1]}`;
        }),
      );
      const expected = stats.courses.flatMap((c) =>
        (c.sessions.length > 0 ? c.sessions.map((s) => String(s.round)) : ["–"]).map(
          (round) => `${c.id} round ${round}: year ${c.year}, officials ${c.officials}, provinces ${c.provinces.length}`,
        ),
      );
      expect(rows.sort()).toEqual(expected.sort());
    });

    it(`the page of course ${latestCourse.id} lists its provinces, their count and officials adding up to the course's`, async () => {
      const slug = latestCourse.id.toLowerCase();
      await open(lang === "vi" ? `/khoa-hoc/${slug}/` : `/en/courses/${slug}/`);
      const provinces = await page.$$eval("tr[data-province]", (trs) => trs.map((tr) => tr.dataset.province ?? ""));
      expect(provinces.sort()).toEqual([...latestCourse.provinces].sort());
      const headings = await page.locator("main h2").allTextContents();
      const count = new RegExp(`(^|\\D)${latestCourse.provinceCount}(\\D|$)`);
      expect(headings.filter((h) => count.test(h)), `an h2 states the count ${latestCourse.provinceCount}: ${headings.join(" | ")}`).toHaveLength(1);
      const officials = await page.$$eval("tr[data-province] td.num", (tds) => tds.reduce((sum, td) => sum + Number(td.getAttribute("data-value")), 0));
      expect(officials).toBe(latestCourse.officials);
    });

    it("the Hồ Chí Minh unit page totals the officials of its former provinces", async () => {
      await open(lang === "vi" ? "/don-vi-2025/ho-chi-minh/" : "/en/units-2025/ho-chi-minh/");
      const members = await page.$$eval("tbody tr[data-province]", (trs) =>
        trs.map((tr) => ({ code: tr.dataset.province ?? "", officials: tr.querySelector("td")?.textContent ?? "" })),
      );
      expect(members.map((m) => m.code).sort()).toEqual([...hcm.members].sort());
      const memberSum = members.reduce((sum, m) => sum + digits(m.officials), 0);
      const byMembers = hcm.members.reduce((sum, code) => sum + (stats.officials.byProvince.find((p) => p.code === code)?.officials ?? Number.NaN), 0);
      const total = digits(await page.locator('[data-figure="unit-officials"]').textContent());
      expect(total).toBe(memberSum);
      expect(total).toBe(byMembers);
      expect(total).toBe(hcm.officials);
    });
  });
});
