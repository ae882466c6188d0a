/** Formats problems for the terminal: errors by file, then warnings, then what to do next. */
import { messageEn, messageVi } from "./messages/message.ts";
import type { Problem, Severity } from "./problem.ts";

export interface ReportOptions {
  /** Problems shown per file and severity before "…and N more like this"; 20 by default. */
  maxPerFile?: number;
  /** The command that checks the data again. */
  command?: string;
}

const heading: Record<Severity, (count: number) => string> = {
  error: (count) => `${count} lỗi / ${count} ${count === 1 ? "problem" : "problems"}`,
  warning: (count) => `${count} cảnh báo / ${count} ${count === 1 ? "warning" : "warnings"}`,
};

const more: Record<Severity, (count: number) => string> = {
  error: (count) => `…và ${count} lỗi khác như vậy / …and ${count} more like this`,
  warning: (count) => `…và ${count} cảnh báo khác như vậy / …and ${count} more like this`,
};

function section(problems: Problem[], severity: Severity, max: number): string[] {
  const files = new Map<string, Problem[]>();
  for (const item of problems.filter((candidate) => candidate.severity === severity)) {
    files.set(item.file, [...(files.get(item.file) ?? []), item]);
  }
  return [...files].map(([file, items]) => {
    const shown = items.slice(0, max).map((item) => `  ${messageVi(item)}\n  ${messageEn(item)}   [${item.code}]`);
    const rest = items.length > max ? `\n  ${more[severity](items.length - max)}` : "";
    return `${file}: ${heading[severity](items.length)}\n\n${shown.join("\n\n")}${rest}\n`;
  });
}

/** formatReport(problems) → the text `npm run check` prints, Vietnamese first. */
export function formatReport(problems: Problem[], options: ReportOptions = {}): string {
  const { maxPerFile = 20, command = "npm run check" } = options;
  const blocks = [...section(problems, "error", maxPerFile), ...section(problems, "warning", maxPerFile)];
  const errors = problems.some((item) => item.severity === "error");
  const footer = errors
    ? `Chưa xuất bản gì. Sửa tệp, lưu dạng "CSV UTF-8", rồi chạy: ${command}\nNothing was published. Fix the file, save it as "CSV UTF-8", then run: ${command}`
    : problems.length > 0
      ? "Không có lỗi. Các cảnh báo trên không chặn việc xuất bản, nhưng nên sửa.\nNo errors. The warnings above do not block publishing, but are worth fixing."
      : "Dữ liệu hợp lệ: không có lỗi hay cảnh báo nào.\nThe data are valid: no problems and no warnings.";
  return [...blocks, footer].join("\n") + "\n";
}
