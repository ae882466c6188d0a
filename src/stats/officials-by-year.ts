import { group, min } from "d3-array";
import type { OfficialsYear } from "./types.ts";
import type { Participation } from "./participations.ts";

/** Officials trained each year (training places), by programme, and cumulated over the years. */
export function officialsByYear(rows: readonly Participation[], years: readonly number[]): OfficialsYear[] {
  // One pass over the rows, so the cost grows with rows + years, not rows × years.
  const ofYear = group(rows, (r) => r.year);
  const firstIllustrative = min(rows, (r) => (r.illustrative ? r.year : undefined)) ?? Infinity;
  let cumulative = 0;
  return years.map((year) => {
    const sum = (programme: string) => (ofYear.get(year) ?? []).filter((r) => r.programme === programme).reduce((n, r) => n + r.officials, 0);
    const basic = sum("basic");
    const advanced = sum("advanced");
    cumulative += basic + advanced;
    const illustrative = year >= firstIllustrative;
    return { year, officials: basic + advanced, cumulative, basic, advanced, illustrative };
  });
}
