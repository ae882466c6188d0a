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

export const factEntries = {
  "fact-mismatch": {
    at: "none",
    vi: (p) =>
      `Số liệu đã công bố "${param(p, "indicator")}"${subjectVi(p)} ngày ${dayFirst(param(p, "as_of"))} ` +
      `${p.params.comparison === "at_least" ? "là ít nhất" : "là"} ${param(p, "expected")} (nguồn: ${param(p, "source_url")}), ` +
      `nhưng tính từ dữ liệu được ${param(p, "computed")}. Kiểm tra các tệp số liệu, hoặc dòng này trong published-facts.csv.`,
    en: (p) =>
      `The published figure "${param(p, "indicator")}"${subjectEn(p)} as of ${param(p, "as_of")} ` +
      `${p.params.comparison === "at_least" ? "is at least" : "is"} ${param(p, "expected")} (source: ${param(p, "source_url")}), ` +
      `but the data give ${param(p, "computed")}. Check the data files, or this row of published-facts.csv.`,
  },
} satisfies Partial<Record<ProblemCode, Entry>>;
