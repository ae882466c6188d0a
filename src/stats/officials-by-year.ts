import type { OfficialsYear } from "./types.ts";
import type { Participation } from "./participations.ts";

/** Officials trained each year (training places), by programme, and cumulated over the years. */
export function officialsByYear(rows: readonly Participation[], years: readonly number[]): OfficialsYear[] {
  let cumulative = 0;
  return years.map((year) => {
    const ofYear = rows.filter((r) => r.year === year);
    const sum = (programme: string) => ofYear.filter((r) => r.programme === programme).reduce((n, r) => n + r.officials, 0);
    const basic = sum("basic");
    const advanced = sum("advanced");
    cumulative += basic + advanced;
    const illustrative = rows.some((r) => r.year <= year && r.illustrative);
    return { year, officials: basic + advanced, cumulative, basic, advanced, illustrative };
  });
}
