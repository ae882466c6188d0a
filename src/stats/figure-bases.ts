import type { Course, Dataset } from "../data/types.ts";
import type { FigureBases } from "./types.ts";
import type { Participation } from "./participations.ts";
import { basisOf } from "./basis.ts";

/** The basis of each figure family of the given courses, and which of their rows are illustrative. */
export function figureBases(dataset: Dataset, courses: readonly Course[], rows: readonly Participation[]): FigureBases {
  const ids = new Set(courses.map((c) => c.id));
  const sessions = dataset.sessions.filter((s) => ids.has(s.course_id));
  const participants = dataset.participants.filter((p) => ids.has(p.course_id));
  const sampleParticipants = participants.filter((p) => p.status === "illustrative");
  const sampleCourses = new Set(sampleParticipants.map((p) => p.course_id));
  return {
    coverage: basisOf(rows.filter((r) => r.programme === "advanced")),
    coverageAny: basisOf(rows),
    officials: basisOf(rows),
    courses: basisOf(courses),
    sessions: basisOf(sessions),
    sampleRows: {
      courses: courses.filter((c) => c.status === "illustrative").map((c) => c.id),
      sessions: sessions.filter((s) => s.status === "illustrative").map((s) => `${s.course_id}/${s.round}`),
      participantCourses: courses.map((c) => c.id).filter((id) => sampleCourses.has(id)),
      participants: sampleParticipants.length,
    },
  };
}
