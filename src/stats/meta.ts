import type { Course, Dataset } from "../data/types.ts";
import type { Meta } from "./types.ts";
import { courseStart } from "./course-start.ts";

/** Year span, row counts and the latest course (latest start date) of the courses included. */
export function meta(dataset: Dataset, courses: readonly Course[], asOf: string | null): Meta {
  const years = courses.map((c) => c.year);
  const ids = new Set(courses.map((c) => c.id));
  const latest = [...courses].sort((a, b) => courseStart(a, dataset.sessions).localeCompare(courseStart(b, dataset.sessions))).pop();
  const round1 = latest && dataset.sessions.find((s) => s.course_id === latest.id && s.round === 1);
  return {
    asOf,
    firstYear: Math.min(...years),
    latestYear: Math.max(...years),
    counts: {
      provinces: dataset.provinces.length,
      units: dataset.units.length,
      courses: courses.length,
      sessions: dataset.sessions.filter((s) => ids.has(s.course_id)).length,
      participantRows: dataset.participants.filter((p) => ids.has(p.course_id)).length,
    },
    latestCourse: latest
      ? {
          id: latest.id,
          year: latest.year,
          programme: latest.programme,
          firstSessionDate: round1?.start_date ?? null,
          city: round1?.city ?? null,
          province_code: round1?.province_code ?? null,
        }
      : null,
  };
}
