import type { CoveragePoint } from "./types.ts";

/** One area reached in one year; `code` is a province code or a 2025 unit code. */
export interface Reach {
  year: number;
  code: string;
  illustrative: boolean;
}

/**
 * Cumulative distinct areas reached by the end of each year: an area counts once, from the first
 * year it is reached. A point is sample when any row up to its year is illustrative, derived otherwise
 * (`publishedPoints` later marks the points a published figure states).
 * Example: reaches 01@2015, 01@2016, 79@2016 over 2015–2016 of 63 → counts 1, 2.
 */
export function coverageByYear(reaches: readonly Reach[], years: readonly number[], total: number): CoveragePoint[] {
  const first = new Map<string, number>();
  let firstSample = Infinity;
  for (const r of reaches) {
    const seen = first.get(r.code);
    if (seen === undefined || r.year < seen) first.set(r.code, r.year);
    if (r.illustrative) firstSample = Math.min(firstSample, r.year);
  }
  const newByYear = new Map<number, string[]>();
  for (const [code, year] of first) newByYear.set(year, [...(newByYear.get(year) ?? []), code]);
  let count = 0;
  return years.map((year) => {
    const newCodes = (newByYear.get(year) ?? []).sort();
    count += newCodes.length;
    const basis = year >= firstSample ? "sample" : "derived";
    return { year, count, total, share: total === 0 ? 0 : count / total, newCodes, basis, rowsBasis: basis, source_url: null };
  });
}
