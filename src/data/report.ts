/** Formats problems for the terminal: errors by file, then warnings, then what to do next. */
import { messageEn, messageVi } from "./messages/message.ts";
import type { Problem, Severity } from "./problem.ts";

export interface ReportOptions {
  /** Problems shown per file and severity before "…and N more like this"; 20 by default. */
  maxPerFile?: number;
  /** The command that checks the data again. */
  command?: string;
  /** How to save the fixed file: "CSV UTF-8" by default, "Excel Workbook (.xlsx)" for a workbook. */
  saveAs?: string;
}

/** One problem as the report shows it. */
export interface ReportItem {
  problem: Problem;
  vi: string;
  en: string;
}

/** The problems of one file and one severity, as the report groups them. */
export interface ReportSection {
  file: string;
  severity: Severity;
  /** "data/courses.csv: 2 lỗi / 2 problems". */
  heading: string;
  /** The first `maxPerFile` problems. */
  items: ReportItem[];
  /** "…và 3 lỗi khác như vậy / …and 3 more like this", or null when every problem is shown. */
  more: string | null;
}

const heading: Record<Severity, (count: number) => string> = {
  error: (count) => `${count} lỗi / ${count} ${count === 1 ? "problem" : "problems"}`,
  warning: (count) => `${count} cảnh báo / ${count} ${count === 1 ? "warning" : "warnings"}`,
};

const more: Record<Severity, (count: number) => string> = {
  error: (count) => `…và ${count} lỗi khác như vậy / …and ${count} more like this`,
  warning: (count) => `…và ${count} cảnh báo khác như vậy / …and ${count} more like this`,
};

function sectionsOf(problems: Problem[], severity: Severity, max: number): ReportSection[] {
  const files = new Map<string, Problem[]>();
  for (const item of problems.filter((candidate) => candidate.severity === severity)) {
    const list = files.get(item.file);
    if (list) list.push(item);
    else files.set(item.file, [item]);
  }
  return [...files].map(([file, items]) => ({
    file,
    severity,
    heading: `${file}: ${heading[severity](items.length)}`,
    items: items.slice(0, max).map((item) => ({ problem: item, vi: messageVi(item), en: messageEn(item) })),
    more: items.length > max ? more[severity](items.length - max) : null,
  }));
}

/** reportSections(problems) → errors by file, then warnings by file, each with at most `maxPerFile` messages. */
export function reportSections(problems: Problem[], options: ReportOptions = {}): ReportSection[] {
  const { maxPerFile = 20 } = options;
  return [...sectionsOf(problems, "error", maxPerFile), ...sectionsOf(problems, "warning", maxPerFile)];
}

/** reportFooter(problems) → [Vietnamese, English]: what the result means and what to do next. */
export function reportFooter(problems: Problem[], options: ReportOptions = {}): [string, string] {
  const { command = "npm run check", saveAs = "CSV UTF-8" } = options;
  if (problems.some((item) => item.severity === "error")) {
    return [`Chưa xuất bản gì. Sửa tệp, lưu dạng "${saveAs}", rồi chạy: ${command}`, `Nothing was published. Fix the file, save it as "${saveAs}", then run: ${command}`];
  }
  if (problems.length > 0) {
    return ["Không có lỗi. Các cảnh báo trên không chặn việc xuất bản, nhưng nên sửa.", "No errors. The warnings above do not block publishing, but are worth fixing."];
  }
  return ["Dữ liệu hợp lệ: không có lỗi hay cảnh báo nào.", "The data are valid: no problems and no warnings."];
}

/** formatReport(problems) → the text `npm run check` prints, Vietnamese first. */
export function formatReport(problems: Problem[], options: ReportOptions = {}): string {
  const blocks = reportSections(problems, options).map((section) => {
    const shown = section.items.map((item) => `  ${item.vi}\n  ${item.en}   [${item.problem.code}]`);
    const rest = section.more ? `\n  ${section.more}` : "";
    return `${section.heading}\n\n${shown.join("\n\n")}${rest}\n`;
  });
  return [...blocks, reportFooter(problems, options).join("\n")].join("\n") + "\n";
}
