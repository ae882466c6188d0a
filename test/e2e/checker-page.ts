import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const fixtures = new URL("../fixtures/csv/", import.meta.url);

/** Every defect fixture of test/fixtures/csv/ with the data file it stands for: "provinces-2025-missing-cao-bang.csv" → "provinces-2025.csv". */
export function defectFixtures(paths: string[]): { fixture: string; target: string; bytes: Buffer }[] {
  const stems = paths.map((p) => p.replace(/\.csv$/, "")).sort((a, b) => b.length - a.length);
  return readdirSync(fixtures)
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((fixture) => {
      const stem = stems.find((s) => fixture.startsWith(`${s}-`));
      if (!stem) throw new Error(`${fixture}: no data file of that name`);
      return { fixture, target: `${stem}.csv`, bytes: readFileSync(new URL(fixture, fixtures)) };
    });
}

/** Chooses files with the page's file input and waits for the result of the check. */
export async function chooseFiles(page: Page, files: { name: string; bytes: Buffer }[], timeout = 30_000): Promise<void> {
  await page.locator("[data-checker-results]").evaluate((results) => results.replaceChildren());
  const mimeType = (name: string) => (name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
  await page.setInputFiles("[data-checker-input]", files.map((f) => ({ name: f.name, mimeType: mimeType(f.name), buffer: f.bytes })));
  await page.waitForSelector("[data-checker-results] h2", { timeout });
}

/** The report on the page, laid out as `npm run check` prints it (formatReport). */
export function pageReport(page: Page): Promise<string> {
  return page.$$eval("[data-report] > *", (nodes) => {
    const text = (node: Element | null) => node?.textContent ?? "";
    const blocks = nodes.filter((n) => n.matches("[data-report-file]")).map((section) => {
      const items = [...section.querySelectorAll("li")].map((li) => `  ${text(li.querySelector("[data-vi]"))}\n  ${text(li.querySelector("[data-en]"))}   ${text(li.querySelector("code"))}`);
      const more = section.querySelector("[data-more]");
      return `${text(section.querySelector("[data-heading]"))}\n\n${items.join("\n\n")}${more ? `\n  ${text(more)}` : ""}\n`;
    });
    const footer = nodes.find((n) => n.matches("[data-footer]"));
    return [...blocks, `${text(footer?.querySelector("[data-vi]") ?? null)}\n${text(footer?.querySelector("[data-en]") ?? null)}`].join("\n") + "\n";
  });
}

/** Waits until the worker has loaded the published data. */
export async function untilReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector("[data-checker]")?.getAttribute("aria-busy") === null && /^(Sẵn sàng|Ready)/.test(document.querySelector("[data-checker-status]")?.textContent ?? ""));
}
