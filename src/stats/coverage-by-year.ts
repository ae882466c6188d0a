import { min } from "d3-array";
import type { CoveragePoint } from "./types.ts";

/** One area reached in one year; `code` is a province code or a 2025 unit code. */
export interface Reach {
  year: number;
  code: string;
  illustrative: boolean;
}

/**
 * Cumulative distinct areas reached by the end of each year: an area counts once, from the first
 * year it is reached. A point is illustrative when any row up to its year is illustrative.
 * Example: reaches 01@2015, 01@2016, 79@2016 over 2015–2016 of 63 → counts 1, 2.
 */
export function coverageByYear(reaches: readonly Reach[], years: readonly number[], total: number): CoveragePoint[] {
  const first = new Map<string, number>();
  for (const r of reaches) {
    const seen = first.get(r.code);
    if (seen === undefined || r.year < seen) first.set(r.code, r.year);
  }
  // The first illustrative year found once, so the cost grows with reaches + years, not reaches × years.
  const firstIllustrative = min(reaches, (r) => (r.illustrative ? r.year : undefined)) ?? Infinity;
  let count = 0;
  return years.map((year) => {
    const newCodes = [...first].filter(([, y]) => y === year).map(([code]) => code).sort();
    count += newCodes.length;
    const illustrative = year >= firstIllustrative;
    return { year, count, total, share: total === 0 ? 0 : count / total, newCodes, illustrative };
  });
}
