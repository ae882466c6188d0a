import type { OfficialsYear } from "./types.ts";
import type { Participation } from "./participations.ts";

/** Officials trained each year (training places), by programme, and cumulated over the years. */
export function officialsByYear(rows: readonly Participation[], years: readonly number[]): OfficialsYear[] {
  const byYear = new Map<number, { basic: number; advanced: number }>();
  let firstSample = Infinity;
  for (const r of rows) {
    const sums = byYear.get(r.year) ?? { basic: 0, advanced: 0 };
    sums[r.programme] += r.officials;
    byYear.set(r.year, sums);
    if (r.illustrative) firstSample = Math.min(firstSample, r.year);
  }
  let cumulative = 0;
  return years.map((year) => {
    const { basic, advanced } = byYear.get(year) ?? { basic: 0, advanced: 0 };
    cumulative += basic + advanced;
    // The cumulative figure of a year rests on every row up to it.
    const basis = year >= firstSample ? "sample" : "derived";
    return { year, officials: basic + advanced, cumulative, basic, advanced, basis };
  });
}
