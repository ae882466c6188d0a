import type { Course, Session } from "../data/types.ts";

/**
 * Date from which a course counts: its round-1 start date; a month-only date counts from the first
 * of the month; with only the year or no known round-1 start, 31 December of the course year, so that a figure
 * "as of" a date never includes a course that may not have begun by then.
 * Example: round 1 "2017-07" → "2017-07-01"; no sessions in 2016 → "2016-12-31".
 */
export function courseStart(course: Course, sessions: readonly Session[]): string {
  const first = sessions.find((s) => s.course_id === course.id && s.round === 1);
  const date = first?.start_date;
  if (!date || date.length === 4) return `${course.year}-12-31`;
  return date.length === 7 ? `${date}-01` : date;
}

/** Courses that had begun on or before `asOf` (ISO date), in their original order. */
export function coursesHeldBy(courses: readonly Course[], sessions: readonly Session[], asOf: string): Course[] {
  return courses.filter((course) => courseStart(course, sessions) <= asOf);
}
