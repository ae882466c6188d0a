import type { OfficialsYear } from "./types.ts";
import type { Participation } from "./participations.ts";

/** Officials trained each year (training places), by programme, and cumulated over the years. */
export function officialsByYear(rows: readonly Participation[], years: readonly number[]): OfficialsYear[] {
  const byYear = new Map<number, Record<string, number>>();
  let firstSample = Infinity;
  for (const r of rows) {
    const sums = byYear.get(r.year) ?? {};
    sums[r.programme] = (sums[r.programme] ?? 0) + r.officials;
    byYear.set(r.year, sums);
    if (r.illustrative) firstSample = Math.min(firstSample, r.year);
  }
  let cumulative = 0;
  return years.map((year) => {
    const byProgramme = byYear.get(year) ?? {};
    const officials = Object.values(byProgramme).reduce((n, v) => n + v, 0);
    cumulative += officials;
    // The cumulative figure of a year rests on every row up to it.
    const basis = year >= firstSample ? "sample" : "derived";
    return { year, officials, cumulative, byProgramme, basis };
  });
}
