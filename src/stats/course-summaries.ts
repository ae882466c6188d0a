import { group } from "d3-array";
import type { Course, Dataset, Organisation, Participant } from "../data/types.ts";
import type { CourseSummary } from "./types.ts";
import { basisOf } from "./basis.ts";
import { courseStart } from "./course-start.ts";
import { ordersOf } from "./orders.ts";
import { organisationCounts } from "./organisations.ts";

/** Officials per province of one course's participant rows, in province-code order. */
function provincesOf(participants: readonly Participant[], organisations: readonly Organisation[]): CourseSummary["byProvince"] {
  const byCode = group(participants, (p) => p.province_code);
  return [...byCode.keys()].sort().map((code) => {
    const own = byCode.get(code) ?? [];
    return { code, officials: own.reduce((n, p) => n + p.officials, 0), byOrganisation: organisationCounts(own, organisations), basis: basisOf(own) };
  });
}

/** One summary per course: published trainees beside officials counted, provinces, rounds, sources. */
export function courseSummaries(dataset: Dataset, courses: readonly Course[]): CourseSummary[] {
  const { organisations } = ordersOf(dataset.contract);
  // Rows grouped by course in one pass, so the cost grows with the rows, not with rows × courses.
  const participantsOf = group(dataset.participants, (p) => p.course_id);
  const sessionsOf = group(dataset.sessions, (s) => s.course_id);
  return courses.map((course) => {
    const participants = participantsOf.get(course.id) ?? [];
    const sessions = [...(sessionsOf.get(course.id) ?? [])].sort((a, b) => a.round - b.round).map(({ course_id: _, ...session }) => session);
    const byProvince = provincesOf(participants, organisations);
    const urls = [course.source_url, ...sessions.map((s) => s.source_url), ...participants.map((p) => p.source_url)];
    const courseBasis = basisOf([course]);
    const participantsBasis = basisOf(participants);
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
      traineesBasis: course.trainees === null ? null : courseBasis,
      officials: participants.reduce((n, p) => n + p.officials, 0),
      provinces: byProvince.map((p) => p.code),
      provinceCount: byProvince.length,
      provinceCountBasis: participantsBasis,
      byOrganisation: organisationCounts(participants, organisations),
      byProvince,
      sessions,
      sources: [...new Set(urls.filter((u): u is string => u !== null))],
      basis: { course: courseBasis, sessions: basisOf(sessions), participants: participantsBasis },
    };
  });
}
