import { createRequire } from "node:module";
import ExcelJS from "exceljs";
import type { BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeSummary, againstLabel } from "../../src/checker/index.ts";
import { formatReport } from "../../src/data/index.ts";
import { checkPackage } from "../../src/pipeline/index.ts";
import { dataFiles, descriptor, newCourseFiles, newCourseRows, passing } from "../checker/support.ts";
import { hasBrowser } from "./browser.ts";
import { chooseFiles, defectFixtures, pageReport, untilReady } from "./checker-page.ts";
import { useSite, watchPage, type PageProblems } from "./setup.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const paths = descriptor.resources.map((r) => r.path);

describe.skipIf(!hasBrowser)("the checker page", () => {
  const site = useSite();
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  const requests: Request[] = [];

  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    problems = watchPage(page, site.origin);
    page.on("request", (request) => requests.push(request));
    await page.goto(site.url("/kiem-tra-du-lieu/"));
    await untilReady(page);
  });
  afterAll(() => context?.close());

  it("shows, for each defective fixture, exactly the messages the command line prints", { timeout: 180_000 }, async () => {
    const cases = defectFixtures(paths);
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) {
      await chooseFiles(page, [{ name: c.target, bytes: c.bytes }]);
      const cli = formatReport(checkPackage(descriptor, { ...dataFiles(), [c.target]: new Uint8Array(c.bytes) }).problems);
      expect(await pageReport(page), c.fixture).toBe(cli);
    }
  });

  it("marks in the preview the very cells the messages name", async () => {
    const [c] = defectFixtures(paths).filter((f) => f.fixture === "participants-unknown-province.csv");
    await chooseFiles(page, [{ name: c!.target, bytes: c!.bytes }]);
    const named = checkPackage(descriptor, { ...dataFiles(), [c!.target]: new Uint8Array(c!.bytes) }).problems.map((p) => `${p.row}:${p.column}`);
    const marked = await page.$$eval('[data-preview="data/participants.csv"] tbody td[data-bad]', (cells) =>
      cells.map((td) => {
        const table = td.closest("table")!;
        const index = [...td.parentElement!.children].indexOf(td);
        return `${td.parentElement!.getAttribute("data-row")}:${table.querySelectorAll("thead th")[index]?.textContent}`;
      }),
    );
    expect(marked).toEqual(named);
    expect(await page.locator("[data-checker-status]").textContent()).toBe(`Xong: có ${named.length} lỗi, chưa thể xuất bản.`);
  });

  it("shows success and what a new course changes, before → after, against the published data", async () => {
    const files = newCourseFiles();
    await chooseFiles(page, Object.keys(newCourseRows).map((name) => ({ name, bytes: Buffer.from(files[name]!) })));
    expect(await page.locator("[data-checker-status]").textContent()).toBe("Xong: dữ liệu hợp lệ. Xem các thay đổi bên dưới.");
    expect(await pageReport(page)).toBe(formatReport([]));
    const summary = changeSummary(descriptor, passing(dataFiles()), passing(files), againstLabel({ kind: "published" }));
    const lines = await page.$$eval("[data-changes] li", (items) => items.map((li) => [li.querySelector("[data-vi]")?.textContent, li.querySelector("[data-en]")?.textContent]));
    expect(lines).toEqual(summary.sections.flatMap((s) => s.lines));
    const origins = await page.$$eval("[data-origin]", (items) => items.map((li) => [li.getAttribute("data-path"), li.getAttribute("data-origin")]));
    expect(origins).toEqual(paths.map((p) => [p, p in newCourseRows ? "file" : "published"]));
  });

  it("checks a filled template workbook and names the sheet of each problem", async () => {
    const response = await page.request.get(site.url((await page.getAttribute("[data-template-link]", "href"))!));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await response.body()) as never);
    book.getWorksheet("participants")!.getCell("B3").value = "1";
    await chooseFiles(page, [{ name: "mau.xlsx", bytes: Buffer.from(await book.xlsx.writeBuffer()) }]);
    expect(await page.locator("[data-report-file] [data-heading]").allTextContents()).toEqual(["mau.xlsx › participants: 1 lỗi / 1 problem"]);
    expect(await page.locator("[data-report-file] [data-en]").textContent()).toMatch(/^Row 3, column "province_code": "1" is not a province code\./);
    expect(await page.locator("[data-footer] [data-en]").textContent()).toBe('Nothing was published. Fix the file, save it as "Excel Workbook (.xlsx)", then run: npm run import -- mau.xlsx');
  });

  it("has no accessibility violation with a result and its previews on the page", async () => {
    const [c] = defectFixtures(paths).filter((f) => f.fixture === "courses-wrong-cell-count.csv");
    await chooseFiles(page, [{ name: c!.target, bytes: c!.bytes }]);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: { id: string }[] }> } };
      return (await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it("checks a 5 MB file dropped on it in the worker, while the page keeps drawing frames and reports progress", { timeout: 120_000 }, async () => {
    const codes = passing(dataFiles()).dataset.provinces.map((p) => p.code);
    const size = await page.evaluate((codes) => {
      const rows = Array.from({ length: 160_000 }, (_, i) => `2018-ADV,${codes[i % codes.length]},doit,${(i % 5) + 1},,illustrative\n`);
      const file = new File(["course_id,province_code,organisation,officials,source_url,status\n", ...rows], "participants.csv", { type: "text/csv" });
      (window as unknown as { big: File }).big = file;
      return file.size;
    }, codes);
    expect(size).toBeGreaterThan(5_000_000);
    await page.locator("[data-checker-results]").evaluate((results) => results.replaceChildren());
    await page.evaluate(() => {
      const w = window as unknown as { beats: number[]; statuses: string[]; big: File };
      w.beats = [];
      w.statuses = [];
      const beat = (t: number) => {
        w.beats.push(t);
        if (!document.querySelector("[data-checker-results] h2")) requestAnimationFrame(beat);
      };
      requestAnimationFrame(beat);
      const status = document.querySelector("[data-checker-status]")!;
      new MutationObserver(() => w.statuses.push(status.textContent ?? "")).observe(status, { childList: true, characterData: true, subtree: true });
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(w.big);
      document.querySelector("[data-checker-drop]")!.dispatchEvent(new DragEvent("drop", { dataTransfer, bubbles: true, cancelable: true }));
    });
    await page.waitForSelector("[data-checker-results] h2", { timeout: 90_000 });
    const { beats, statuses } = await page.evaluate(() => {
      const w = window as unknown as { beats: number[]; statuses: string[] };
      return { beats: w.beats, statuses: w.statuses };
    });
    const longest = Math.max(...beats.slice(1).map((t, i) => t - beats[i]!));
    expect(beats.length).toBeGreaterThan(20);
    expect(longest).toBeLessThan(1000);
    expect(statuses).toEqual(expect.arrayContaining(["Đang đọc participants.csv…", "Đang kiểm tra…", "Đang chuẩn bị bản xem trước…"]));
    expect(statuses.at(-1)).toMatch(/^Xong: có \d+ lỗi/);
  });

  it("keeps working offline once loaded", async () => {
    await context.setOffline(true);
    try {
      await chooseFiles(page, [{ name: "targets.csv", bytes: Buffer.from(dataFiles()["targets.csv"]!) }]);
      expect(await page.locator("[data-checker-status]").textContent()).toBe("Xong: dữ liệu hợp lệ. Xem các thay đổi bên dưới.");
    } finally {
      await context.setOffline(false);
    }
  });

  it("sends nothing anywhere: only same-origin GET requests for the page, its assets and the published /files/", () => {
    expect(problems.externalRequests).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    const allowed = new RegExp(`^${site.origin}/(kiem-tra-du-lieu/|assets/[a-z-]+\\.(js|css|svg)\\?v=[0-9a-f]+|files/(${paths.map((p) => p.replace(/\.csv$/, "")).join("|")})\\.(csv|json)|files/[a-z-]+-template\\.xlsx)$`);
    const seen = requests.map((r) => `${r.method()} ${r.url()}`);
    expect(seen.filter((r) => !r.startsWith("GET ") || !allowed.test(r.slice(4)))).toEqual([]);
    expect(seen.filter((r) => r.includes("/files/"))).not.toEqual([]);
  });
});

describe.skipIf(!hasBrowser)("the checker's code", () => {
  const site = useSite();

  it("is loaded on the checker page only", async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname));
    await page.goto(site.url("/"), { waitUntil: "load" });
    await page.goto(site.url("/en/data/"), { waitUntil: "load" });
    expect(scripts).toEqual(["/assets/main.js", "/assets/main.js"]);
    await page.goto(site.url("/en/check-data/"), { waitUntil: "load" });
    await untilReady(page).catch(() => undefined);
    expect(scripts.slice(2).sort()).toEqual(["/assets/checker-worker.js", "/assets/checker.js", "/assets/main.js"]);
    await page.close();
  });

  it("says without JavaScript that the checker needs it, points to npm run check, and still lists the files and the template", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url("/en/check-data/"));
    expect(await page.locator("[data-checker-nojs]").textContent()).toContain("npm run check");
    expect(await page.locator("[data-checker-input]").isVisible()).toBe(false);
    expect(await page.locator("tr[data-file]").count()).toBe(paths.length);
    expect(await page.locator("[data-template-link]").getAttribute("href")).toMatch(/^\/files\/.+-template\.xlsx$/);
    await context.close();
  });
});
