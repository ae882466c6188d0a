import { rollup } from "d3-array";
import type { AreaOfficials } from "./types.ts";
import type { Participation } from "./participations.ts";
import { organisationCounts } from "./organisations.ts";

type AreaFigures = Omit<AreaOfficials, "code" | "name_vi" | "name_en">;

/** Officials of one area (its participations only): by year, programme and organisation, first years, courses. */
export function areaOfficials(rows: readonly Participation[], years: readonly number[], courseOrder: readonly string[]): AreaFigures {
  const perYear = rollup(rows, (own) => own.reduce((n, r) => n + r.officials, 0), (r) => r.year);
  let cumulative = 0;
  const byYear = years.map((year) => {
    const officials = perYear.get(year) ?? 0;
    cumulative += officials;
    return { year, officials, cumulative };
  });
  const sum = (programme: string) => rows.filter((r) => r.programme === programme).reduce((n, r) => n + r.officials, 0);
  const firstOf = (own: readonly Participation[]) => (own.length === 0 ? null : Math.min(...own.map((r) => r.year)));
  const attended = new Set(rows.map((r) => r.courseId));
  return {
    officials: cumulative,
    byYear,
    byProgramme: { basic: sum("basic"), advanced: sum("advanced") },
    byOrganisation: organisationCounts(rows),
    firstYear: firstOf(rows),
    firstAdvancedYear: firstOf(rows.filter((r) => r.programme === "advanced")),
    courses: courseOrder.filter((id) => attended.has(id)),
  };
}
