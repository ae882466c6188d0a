/** A round's dates fall in its course's year. */
import { problem, type Problem } from "../problem.ts";
import { visible } from "../visible.ts";
import type { Tables } from "./table.ts";

/** sessionYear(tables) → a problem for each start_date or end_date outside the year of the course it belongs to. */
export function sessionYear(tables: Tables): Problem[] {
  const sessions = tables.get("sessions");
  const courses = tables.get("courses");
  if (!sessions || !courses) return [];
  const years = new Map(courses.rows.map(({ values }) => [values.id, values.year]));
  return sessions.rows.flatMap(({ row, values, raw }) => {
    const year = years.get(values.course_id ?? null);
    if (typeof year !== "number") return [];
    return (["start_date", "end_date"] as const).flatMap((column) => {
      const date = values[column];
      if (typeof date !== "string" || date === String(year) || date.startsWith(`${year}-`)) return [];
      const where = { row, column, value: visible(raw[column] ?? "") };
      return [problem("session-outside-course-year", "error", sessions.file, where, { course: String(values.course_id), year })];
    });
  });
}
