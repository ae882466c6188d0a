import type { Dataset } from "../data/types.ts";
import type { Aggregates } from "./types.ts";
import { courseStart, coursesHeldBy } from "./course-start.ts";
import { courseSummaries } from "./course-summaries.ts";
import { coverage } from "./coverage.ts";
import { illustrativeFlags } from "./illustrative-flags.ts";
import { meta } from "./meta.ts";
import { method } from "./method.ts";
import { officials } from "./officials.ts";
import { participations } from "./participations.ts";
import { targetProgress } from "./target-progress.ts";
import { yearRange } from "./year-range.ts";

/**
 * Every figure of the site, computed once. With `asOf` (ISO date), only courses begun on or before
 * that date count. Courses are ordered by year, basic before advanced, then start date.
 */
export function aggregate(dataset: Dataset, options: { asOf?: string } = {}): Aggregates {
  const included = options.asOf ? coursesHeldBy(dataset.courses, dataset.sessions, options.asOf) : dataset.courses;
  if (included.length === 0) throw new Error("aggregate: no courses to aggregate");
  const courses = [...included].sort(
    (a, b) =>
      a.year - b.year ||
      Number(a.programme === "advanced") - Number(b.programme === "advanced") ||
      courseStart(a, dataset.sessions).localeCompare(courseStart(b, dataset.sessions)),
  );
  const info = meta(dataset, courses, options.asOf ?? null);
  const years = yearRange(info.firstYear, info.latestYear);
  const rows = participations(dataset, courses);
  const covered = coverage(rows, years, dataset.provinces.length, dataset.units.length);
  const targets = [...dataset.targets].sort((a, b) => a.year - b.year);
  return {
    meta: info,
    method,
    coverage: covered,
    officials: officials(dataset, rows, years, courses.map((c) => c.id)),
    courses: courseSummaries(dataset, courses),
    progress: {
      provinces: targets.map((t) => targetProgress(t, covered.advanced.provinces, "provinces")),
      units: targets.map((t) => targetProgress(t, covered.advanced.units, "units")),
    },
    illustrative: illustrativeFlags(dataset, courses, rows),
  };
}
