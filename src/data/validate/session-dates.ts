/** A round does not end before it starts; month-only dates compare at month precision. */
import { problem, type Problem } from "../problem.ts";
import { visible } from "../visible.ts";
import type { Tables } from "./table.ts";

/** True when end is before start at the precision both have: ("2018-09", "2018-10-05") → true, ("2018-10", "2018-10-05") → false. */
export function endsBeforeStart(start: string, end: string): boolean {
  const length = Math.min(start.length, end.length);
  return end.slice(0, length) < start.slice(0, length);
}

/** sessionDates(tables) → an end-before-start problem per round whose end_date precedes its start_date. */
export function sessionDates(tables: Tables): Problem[] {
  const sessions = tables.get("sessions");
  if (!sessions) return [];
  return sessions.rows.flatMap(({ row, values, raw }) => {
    const { start_date: start, end_date: end } = values;
    if (typeof start !== "string" || typeof end !== "string" || !endsBeforeStart(start, end)) return [];
    const where = { row, column: "end_date", value: visible(raw.end_date ?? "") };
    return [problem("end-before-start", "error", sessions.file, where, { start: visible(raw.start_date ?? "") })];
  });
}
