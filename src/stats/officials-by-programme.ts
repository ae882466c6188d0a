import type { Programme } from "../data/types.ts";
import type { ProgrammeOfficials } from "./types.ts";
import type { Participation } from "./participations.ts";

/** Officials, courses with participants and distinct provinces reached, per programme in the contract's order. */
export function officialsByProgramme(rows: readonly Participation[], programmes: readonly Programme[]): ProgrammeOfficials[] {
  return programmes.map((programme) => {
    const own = rows.filter((r) => r.programme === programme);
    return {
      programme,
      officials: own.reduce((n, r) => n + r.officials, 0),
      courses: new Set(own.map((r) => r.courseId)).size,
      provinces: new Set(own.map((r) => r.code)).size,
    };
  });
}
