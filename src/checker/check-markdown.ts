/** The pull-request comment of a data check: the result, the problems as the console prints them, and what the change does. */
import type { Problem } from "../data/problem.ts";
import { formatReport } from "../data/report.ts";
import type { ChangeSummary } from "./change-summary.ts";
import { changesMarkdown, escapeMarkdown } from "./format-changes.ts";
import type { Bilingual } from "./texts.ts";

/** The first line of the comment, by which a workflow finds its own earlier comment to update it. */
export const COMMENT_MARKER = "<!-- moit-data-check -->";

/** A fence longer than any run of backticks in the text, so no cell can close it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text\n${text.trimEnd()}\n${fence}`;
}

/** checkMarkdown({ problems, changes, notes }) → the whole comment, Vietnamese first. */
export function checkMarkdown(page: { problems: readonly Problem[]; changes?: ChangeSummary | null; notes?: readonly Bilingual[] }): string {
  const errors = page.problems.filter((p) => p.severity === "error").length;
  const warnings = page.problems.length - errors;
  const title = errors
    ? `### ❌ Kiểm tra dữ liệu: ${errors} lỗi · Data check: ${errors} ${errors === 1 ? "problem" : "problems"}`
    : `### ✅ Dữ liệu hợp lệ · The data are valid${warnings ? ` (${warnings} cảnh báo · ${warnings} ${warnings === 1 ? "warning" : "warnings"})` : ""}`;
  const report = page.problems.length ? [`<details${errors ? " open" : ""}><summary>npm run check</summary>\n\n${fenced(formatReport([...page.problems]))}\n\n</details>`] : [];
  const notes = (page.notes ?? []).map(([vi, en]) => `${escapeMarkdown(vi)}<br>_${escapeMarkdown(en)}_`);
  const changes = page.changes ? [changesMarkdown(page.changes)] : [];
  return [COMMENT_MARKER, title, ...report, ...notes, ...changes].join("\n\n") + "\n";
}
