import { writeFile } from "node:fs/promises";
import path from "node:path";
import { reportHtml, type ReportPage } from "../../src/checker/index.ts";

/** Where the HTML report goes: MOIT_REPORT, else validation-report.html in the project folder (outside _site/). */
export function reportPath(option?: string): string {
  return path.resolve(option ?? process.env.MOIT_REPORT ?? "validation-report.html");
}

/** Writes the HTML report and says where, in both languages. */
export async function writeValidationReport(page: ReportPage, file: string): Promise<void> {
  await writeFile(file, reportHtml(page));
  const relative = path.relative(process.cwd(), file);
  const shown = relative && !relative.startsWith("..") ? relative : file;
  console.log(`Báo cáo kiểm tra: ${shown} (mở bằng trình duyệt) / Check report: ${shown} (open it in a browser)`);
}
