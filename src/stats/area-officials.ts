import type { AreaOfficials } from "./types.ts";
import type { Participation } from "./participations.ts";
import { basisOf } from "./basis.ts";
import { groupBy } from "./group-by.ts";
import { organisationCounts } from "./organisations.ts";

type AreaFigures = Omit<AreaOfficials, "code" | "name_vi" | "name_en">;

/** Officials of one area (its participations only): by year, programme and organisation, first years, courses. */
export function areaOfficials(rows: readonly Participation[], years: readonly number[], courseOrder: readonly string[]): AreaFigures {
  const perYear = new Map<number, number>();
  const byProgramme = { basic: 0, advanced: 0 };
  let firstYear: number | null = null;
  let firstAdvancedYear: number | null = null;
  for (const r of rows) {
    perYear.set(r.year, (perYear.get(r.year) ?? 0) + r.officials);
    byProgramme[r.programme] += r.officials;
    if (firstYear === null || r.year < firstYear) firstYear = r.year;
    if (r.programme === "advanced" && (firstAdvancedYear === null || r.year < firstAdvancedYear)) firstAdvancedYear = r.year;
  }
  let cumulative = 0;
  const byYear = years.map((year) => {
    const officials = perYear.get(year) ?? 0;
    cumulative += officials;
    return { year, officials, cumulative };
  });
  const ofCourse = groupBy(rows, (r) => r.courseId);
  const courses = courseOrder.filter((id) => ofCourse.has(id));
  return {
    officials: cumulative,
    byYear,
    byProgramme,
    byOrganisation: organisationCounts(rows),
    firstYear,
    firstAdvancedYear,
    courses,
    byCourse: courses.map((id) => {
      const own = ofCourse.get(id) ?? [];
      return { id, officials: own.reduce((n, r) => n + r.officials, 0), byOrganisation: organisationCounts(own) };
    }),
    basis: basisOf(rows),
  };
}
