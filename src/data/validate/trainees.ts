/** The officials of a course in participants.csv add up to the course's published number of trainees. */
import { problem, type Problem } from "../problem.ts";
import type { Tables } from "./table.ts";

/** trainees(tables) → one problem per course whose trainees differ from the sum of its participants' officials. */
export function trainees(tables: Tables): Problem[] {
  const courses = tables.get("courses");
  const participants = tables.get("participants");
  if (!courses || !participants) return [];
  const sums = new Map<string, number>();
  for (const { values } of participants.rows) {
    if (typeof values.course_id !== "string" || typeof values.officials !== "number") continue;
    sums.set(values.course_id, (sums.get(values.course_id) ?? 0) + values.officials);
  }
  return courses.rows.flatMap(({ row, values }) => {
    const sum = typeof values.id === "string" ? sums.get(values.id) : undefined;
    if (typeof values.trainees !== "number" || sum === undefined || sum === values.trainees) return [];
    const params = { course: String(values.id), trainees: values.trainees, officials: sum, participants_file: participants.resource.path };
    return [problem("trainees-mismatch", "error", courses.file, { row, column: "trainees", value: String(values.trainees) }, params)];
  });
}
