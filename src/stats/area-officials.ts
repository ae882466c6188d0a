import { group } from "d3-array";
import type { Programme } from "../data/types.ts";
import type { AreaOfficials } from "./types.ts";
import type { Orders } from "./orders.ts";
import type { Participation } from "./participations.ts";
import { basisOf } from "./basis.ts";
import { organisationCounts } from "./organisations.ts";

type AreaFigures = Omit<AreaOfficials, "code" | "name_vi" | "name_en">;

/** Officials of one area (its participations only): by year, programme and organisation, first years, courses. */
export function areaOfficials(rows: readonly Participation[], years: readonly number[], courseOrder: readonly string[], orders: Orders): AreaFigures {
  const perYear = new Map<number, number>();
  const byProgramme = Object.fromEntries(orders.programmes.map((p) => [p, 0])) as Record<Programme, number>;
  let firstYear: number | null = null;
  let firstAdvancedYear: number | null = null;
  for (const r of rows) {
    perYear.set(r.year, (perYear.get(r.year) ?? 0) + r.officials);
    byProgramme[r.programme] = (byProgramme[r.programme] ?? 0) + r.officials;
    if (firstYear === null || r.year < firstYear) firstYear = r.year;
    if (r.programme === "advanced" && (firstAdvancedYear === null || r.year < firstAdvancedYear)) firstAdvancedYear = r.year;
  }
  let cumulative = 0;
  const byYear = years.map((year) => {
    const officials = perYear.get(year) ?? 0;
    cumulative += officials;
    return { year, officials, cumulative };
  });
  const ofCourse = group(rows, (r) => r.courseId);
  const courses = courseOrder.filter((id) => ofCourse.has(id));
  return {
    officials: cumulative,
    byYear,
    byProgramme,
    byOrganisation: organisationCounts(rows, orders.organisations),
    firstYear,
    firstAdvancedYear,
    courses,
    byCourse: courses.map((id) => {
      const own = ofCourse.get(id) ?? [];
      return { id, officials: own.reduce((n, r) => n + r.officials, 0), byOrganisation: organisationCounts(own, orders.organisations) };
    }),
    basis: basisOf(rows),
  };
}
