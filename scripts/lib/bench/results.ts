/** The benchmark's results as a dated Markdown section, appended to bench/results.md so earlier runs stay. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DataSummary } from "./data-summary.ts";
import type { Measurement } from "./measure.ts";
import type { SiteSize } from "./site-size.ts";

/** One dataset's medians: the check, the build and bare Eleventy writing as many pages. */
export interface DatasetResult {
  name: string;
  note: string;
  runs: number;
  data: DataSummary;
  site: SiteSize;
  check: Measurement;
  build: Measurement;
  eleventy: Measurement;
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const mib = (m: number) => m.toFixed(0);
const x = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const int = (n: number) => n.toLocaleString("en-GB");
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

/** The Markdown section for one run of the benchmark; `base` names the dataset growth is measured from. */
export function resultsSection(machine: { date: string; text: string }, results: readonly DatasetResult[], base: string, notes: readonly string[]): string {
  const first = results.find((r) => r.name === base) ?? results[0]!;
  const lines = [
    `## ${machine.date}`,
    "",
    `Machine: ${machine.text}.`,
    "",
    "Each run measures, one after the other, `node --import tsx scripts/check.ts`, `node --import tsx scripts/build.ts` and bare",
    "Eleventy (`node node_modules/@11ty/eleventy/cmd.cjs` on a generated project whose one Nunjucks template paginates into as many",
    "pages as the build wrote), so the three share the machine's load; figures are medians over the runs. Wall time is the whole",
    "process, from spawn to exit; CPU time and peak memory (maxRSS) are the measured process's own `process.resourceUsage()`.",
    "",
    row(["dataset", "runs", "courses", "course years", "participant rows", "all rows", "pages", "files", "MB written"]),
    row(["---", "---:", "---:", "---", "---:", "---:", "---:", "---:", "---:"]),
    ...results.map((r) =>
      row([r.name, r.runs, r.data.courses, `${r.data.firstYear}–${r.data.lastYear}`, int(r.data.participants), int(r.data.rows), int(r.site.pages), int(r.site.files), (r.site.bytes / 1e6).toFixed(1)]),
    ),
    "",
    row(["dataset", "check s", "check MiB", "build s", "build CPU s", "build MiB", "Eleventy s", "Eleventy CPU s", "Eleventy MiB", "build ÷ Eleventy: wall", "CPU", "memory"]),
    row(["---", ...Array<string>(11).fill("---:")]),
    ...results.map((r) =>
      row([r.name, s(r.check.wallMs), mib(r.check.maxRssMiB), s(r.build.wallMs), s(r.build.cpuMs), mib(r.build.maxRssMiB), s(r.eleventy.wallMs), s(r.eleventy.cpuMs), mib(r.eleventy.maxRssMiB), x(r.build.wallMs, r.eleventy.wallMs), x(r.build.cpuMs, r.eleventy.cpuMs), x(r.build.maxRssMiB, r.eleventy.maxRssMiB)]),
    ),
    "",
    `Growth from ${first.name}: each figure as a multiple of that dataset's.`,
    "",
    row(["dataset", "participant rows", "pages", "build wall", "build CPU", "build memory", "build ms per page", "build CPU ms per 1,000 rows beyond"]),
    row(["---", ...Array<string>(7).fill("---:")]),
    ...results.map((r) => {
      const extraRows = r.data.participants - first.data.participants;
      const perRows = extraRows > 0 ? ((r.build.cpuMs - first.build.cpuMs) / extraRows) * 1000 : null;
      return row([r.name, x(r.data.participants, first.data.participants), x(r.site.pages, first.site.pages), x(r.build.wallMs, first.build.wallMs), x(r.build.cpuMs, first.build.cpuMs), x(r.build.maxRssMiB, first.build.maxRssMiB), (r.build.wallMs / r.site.pages).toFixed(0), perRows === null ? "–" : perRows.toFixed(0)]);
    }),
    "",
    ...results.map((r) => `- ${r.name}: ${r.note}`),
    ...(notes.length > 0 ? ["", ...notes] : []),
    "",
  ];
  return lines.join("\n");
}

const HEADER = `# Benchmarks

\`npm run bench\` adds a dated section at the end of this file for each run, keeping the earlier ones so
the figures can be compared across changes. Sizes are multiples of the participant rows in \`data/\`.

`;

/** Adds `section` at the end of the file, keeping every earlier section; creates the file with its header. */
export function appendResults(file: string, section: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const old = existsSync(file) ? readFileSync(file, "utf8") : HEADER;
  writeFileSync(file, `${old.trimEnd()}\n\n${section}`);
}
