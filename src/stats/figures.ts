import type { Course, Dataset } from "../data/types.ts";
import type { Figures } from "./types.ts";
import { courseStart, coursesHeldBy } from "./course-start.ts";
import { courseSummaries } from "./course-summaries.ts";
import { coverage } from "./coverage.ts";
import { figureBases } from "./figure-bases.ts";
import { meta } from "./meta.ts";
import { officials } from "./officials.ts";
import { participations } from "./participations.ts";
import { yearRange } from "./year-range.ts";

/** Courses by year, basic before advanced, then start date. */
function courseOrder(courses: readonly Course[], dataset: Dataset): Course[] {
  const start = new Map(courses.map((c) => [c.id, courseStart(c, dataset.sessions)]));
  return [...courses].sort(
    (a, b) =>
      a.year - b.year ||
      Number(a.programme === "advanced") - Number(b.programme === "advanced") ||
      (start.get(a.id) ?? "").localeCompare(start.get(b.id) ?? ""),
  );
}

/**
 * The figures of the rows: coverage, officials and courses, each value with its basis. With `asOf`
 * (ISO date), only courses begun on or before it count; null when no course had begun by then.
 */
export function figures(dataset: Dataset, asOf: string | null): Figures | null {
  const included = asOf ? coursesHeldBy(dataset.courses, dataset.sessions, asOf) : dataset.courses;
  if (included.length === 0) return null;
  const courses = courseOrder(included, dataset);
  const info = meta(dataset, courses, asOf);
  const years = yearRange(info.firstYear, info.latestYear);
  const rows = participations(dataset, courses);
  return {
    meta: info,
    coverage: coverage(rows, years, dataset.provinces.length, dataset.units.length),
    officials: officials(dataset, rows, years, courses.map((c) => c.id)),
    courses: courseSummaries(dataset, courses),
    bases: figureBases(dataset, courses, rows),
  };
}
