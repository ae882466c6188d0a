import { group } from "d3-array";
import type { Course, Dataset } from "../data/types.ts";
import type { CourseSummary } from "./types.ts";
import { courseStart } from "./course-start.ts";
import { organisationCounts } from "./organisations.ts";

/** One summary per course: published trainees beside officials counted, provinces, rounds, sources. */
export function courseSummaries(dataset: Dataset, courses: readonly Course[]): CourseSummary[] {
  // Rows grouped by course in one pass, so the cost grows with the rows, not with rows × courses.
  const participantsOf = group(dataset.participants, (p) => p.course_id);
  const sessionsOf = group(dataset.sessions, (s) => s.course_id);
  return courses.map((course) => {
    const participants = participantsOf.get(course.id) ?? [];
    const sessions = [...(sessionsOf.get(course.id) ?? [])]
      .sort((a, b) => a.round - b.round)
      .map(({ course_id: _, ...session }) => session);
    const provinces = [...new Set(participants.map((p) => p.province_code))].sort();
    const urls = [course.source_url, ...sessions.map((s) => s.source_url), ...participants.map((p) => p.source_url)];
    return {
      id: course.id,
      year: course.year,
      programme: course.programme,
      title_vi: course.title_vi,
      title_en: course.title_en,
      status: course.status,
      notes: course.notes,
      start: courseStart(course, dataset.sessions),
      trainees: course.trainees,
      officials: participants.reduce((n, p) => n + p.officials, 0),
      provinces,
      provinceCount: provinces.length,
      byOrganisation: organisationCounts(participants),
      sessions,
      sources: [...new Set(urls.filter((u): u is string => u !== null))],
      illustrative: {
        course: course.status === "illustrative",
        sessions: sessions.some((s) => s.status === "illustrative"),
        participants: participants.some((p) => p.status === "illustrative"),
      },
    };
  });
}
