import type { Coverage, CoverageBases } from "./types.ts";
import type { Participation } from "./participations.ts";
import { coverageByYear } from "./coverage-by-year.ts";

/** Coverage series on both bases for the given participations (63 provinces, 34 units of 2025). */
export function coverageBases(rows: readonly Participation[], years: readonly number[], provinces: number, units: number): CoverageBases {
  return {
    provinces: coverageByYear(rows.map((r) => ({ year: r.year, code: r.code, illustrative: r.illustrative })), years, provinces),
    // A unit counts once, when any of its former provinces is first reached.
    units: coverageByYear(rows.map((r) => ({ year: r.year, code: r.unit, illustrative: r.illustrative })), years, units),
  };
}

/** Coverage of the advanced course (the headline) and of all courses. */
export function coverage(rows: readonly Participation[], years: readonly number[], provinces: number, units: number): Coverage {
  return {
    advanced: coverageBases(rows.filter((r) => r.programme === "advanced"), years, provinces, units),
    all: coverageBases(rows, years, provinces, units),
  };
}
