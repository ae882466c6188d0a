/** A course id such as "2018-ADV" agrees with its row: the year with "year", the suffix with "programme". */
import { problem, type Problem } from "../problem.ts";
import type { Tables } from "./table.ts";

const suffixOf: Record<string, string> = { basic: "BAS", advanced: "ADV" };

/** courseId(tables) → mismatches between id and year, and between id and programme. */
export function courseId(tables: Tables): Problem[] {
  const courses = tables.get("courses");
  if (!courses) return [];
  return courses.rows.flatMap(({ row, values }) => {
    const { id, year, programme } = values;
    if (typeof id !== "string") return [];
    const [prefix, suffix] = id.split("-");
    const where = { row, column: "id", value: id };
    const problems: Problem[] = [];
    if (typeof year === "number" && prefix !== String(year)) {
      problems.push(problem("course-id-year-mismatch", "error", courses.file, where, { prefix: prefix ?? "", year }));
    }
    const expected = typeof programme === "string" ? suffixOf[programme] : undefined;
    if (expected && suffix !== expected) {
      problems.push(problem("course-id-programme-mismatch", "error", courses.file, where, { suffix: suffix ?? "", programme: String(programme), expected }));
    }
    return problems;
  });
}
