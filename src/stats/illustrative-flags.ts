import type { Course, Dataset } from "../data/types.ts";
import type { IllustrativeFlags } from "./types.ts";
import type { Participation } from "./participations.ts";

/** Which figure families depend on illustrative rows, and which course, session and participant rows those are. */
export function illustrativeFlags(dataset: Dataset, courses: readonly Course[], rows: readonly Participation[]): IllustrativeFlags {
  const ids = new Set(courses.map((c) => c.id));
  const sessions = dataset.sessions.filter((s) => ids.has(s.course_id) && s.status === "illustrative");
  const participants = dataset.participants.filter((p) => ids.has(p.course_id) && p.status === "illustrative");
  const withIllustrative = new Set(participants.map((p) => p.course_id));
  const illustrativeCourses = courses.filter((c) => c.status === "illustrative").map((c) => c.id);
  const advanced = rows.some((r) => r.programme === "advanced" && r.illustrative);
  const any = rows.some((r) => r.illustrative);
  return {
    coverageAdvanced: advanced,
    coverageAll: any,
    officials: any,
    courses: illustrativeCourses.length > 0 || participants.length > 0,
    sessions: sessions.length > 0,
    targets: advanced,
    rows: {
      courses: illustrativeCourses,
      sessions: sessions.map((s) => `${s.course_id}/${s.round}`),
      participantCourses: courses.map((c) => c.id).filter((id) => withIllustrative.has(id)),
      participants: participants.length,
    },
  };
}
