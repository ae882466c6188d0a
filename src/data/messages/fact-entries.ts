/** The message for a published figure that the data do not reproduce. */
import type { Problem, ProblemCode } from "../problem.ts";
import { param, type Entry } from "./entry.ts";

/** "2017-12-31" → "31/12/2017". */
function dayFirst(iso: string): string {
  return iso.split("-").reverse().join("/");
}

function subjectVi(p: Problem): string {
  return p.params.subject ? ` của khóa "${param(p, "subject")}"` : "";
}

function subjectEn(p: Problem): string {
  return p.params.subject ? ` for course "${param(p, "subject")}"` : "";
}

const comparisonVi: Record<string, string> = { at_least: "ít nhất ", more_than: "trên " };
const comparisonEn: Record<string, string> = { at_least: "at least ", more_than: "more than " };

export const factEntries = {
  "fact-mismatch": {
    at: "cell",
    vi: (p) =>
      `Số liệu đã công bố "${param(p, "indicator")}"${subjectVi(p)} đến ngày ${dayFirst(param(p, "as_of"))} ` +
      `là ${comparisonVi[param(p, "comparison")] ?? ""}${param(p, "expected")} (nguồn: ${param(p, "source_url")}), ` +
      `nhưng tính từ các tệp dữ liệu được ${param(p, "computed")}. Đối chiếu lại với nguồn: nếu dòng này chép sai, sửa cột "value"; ` +
      `nếu đúng, sửa các dòng trong participants.csv, courses.csv hoặc sessions.csv cho khớp. Trang không được xuất bản khi hai số còn khác nhau.`,
    en: (p) =>
      `The published figure "${param(p, "indicator")}"${subjectEn(p)} as of ${dayFirst(param(p, "as_of"))} ` +
      `is ${comparisonEn[param(p, "comparison")] ?? ""}${param(p, "expected")} (source: ${param(p, "source_url")}), ` +
      `but the data files give ${param(p, "computed")}. Check it against the source: if this row was copied wrong, correct its "value"; ` +
      `if it is right, correct the rows of participants.csv, courses.csv or sessions.csv to match. The site is not published while the two differ.`,
  },
} satisfies Partial<Record<ProblemCode, Entry>>;
