import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasBrowser } from "./browser.ts";
import { useSite } from "./setup.ts";
import { stats } from "./stats.ts";
import { embedCases, pageCases } from "./templates.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const RULE_SETS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const WIDTHS = [360, 1280];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** "color-contrast (serious): Elements must meet minimum color contrast ratio thresholds: main > p:nth-child(2), …" */
function describeViolation(v: Violation): string {
  const targets = v.nodes.slice(0, 3).map((n) => n.target.map(String).join(" ")).join(", ");
  const more = v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : "";
  return `${v.id} (${v.impact}): ${v.help} [${targets}${more}]\n    ${v.nodes[0]?.failureSummary?.replace(/\n/g, "\n    ") ?? ""}`;
}

describe.skipIf(!hasBrowser)("axe-core on every page template", () => {
  const site = useSite();
  let page: Page;

  beforeAll(async () => {
    page = await site.browser.newPage();
  });
  afterAll(() => page?.close());

  const cases = [...pageCases(stats), ...embedCases()].flatMap((c) => WIDTHS.map((width) => [`${c.lang} ${c.template} page (${c.path}) at ${width} px`, { ...c, width }] as const));
  it.each(cases)("finds no WCAG 2.2 AA or best-practice violation on the %s", async (_, c) => {
    await page.setViewportSize({ width: c.width, height: 800 });
    await page.goto(site.url(c.path), { waitUntil: "load" });
    await page.addScriptTag({ path: AXE });
    const { violations, passes } = await page.evaluate(async (runOnly) => {
      const { axe } = window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[]; passes: unknown[] }> } };
      const results = await axe.run(document, { runOnly });
      return { violations: results.violations, passes: results.passes.length };
    }, RULE_SETS);
    expect(passes, "rules axe checked and passed").toBeGreaterThan(10);
    const report = (violations as Violation[]).map(describeViolation);
    expect(report, `axe violations on ${c.path} at ${c.width} px:\n  ${report.join("\n  ")}`).toEqual([]);
  });
});
