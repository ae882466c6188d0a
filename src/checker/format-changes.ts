/** The change summary as terminal text and as Markdown for a pull-request comment, Vietnamese first. */
import type { ChangeSummary } from "./change-summary.ts";

/** formatChanges(summary) → the text `npm run check` prints after a successful check. */
export function formatChanges(summary: ChangeSummary): string {
  const sections = summary.sections.map((section) => {
    const lines = section.lines.map(([vi, en]) => `  ${vi}\n  ${en}`);
    return `${section.heading[0]} / ${section.heading[1]}\n${lines.join("\n\n")}\n`;
  });
  return [`${summary.heading[0]}\n${summary.heading[1]}\n`, ...sections].join("\n");
}

/** Markdown with no raw HTML from the data: "<", ">" and "&" are escaped, as are Markdown's own marks. */
export function escapeMarkdown(line: string): string {
  return line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|#])/g, "\\$1");
}

/** changesMarkdown(summary) → the same summary as Markdown: a heading, then a bold title and a list per section. */
export function changesMarkdown(summary: ChangeSummary): string {
  const sections = summary.sections.map((section) => {
    const items = section.lines.map(([vi, en]) => `- ${escapeMarkdown(vi)}<br>_${escapeMarkdown(en)}_`);
    return `**${escapeMarkdown(section.heading[0])} / ${escapeMarkdown(section.heading[1])}**\n\n${items.join("\n")}\n`;
  });
  return [`### ${escapeMarkdown(summary.heading[0])}\n_${escapeMarkdown(summary.heading[1])}_\n`, ...sections].join("\n");
}
