import { describe, expect, it } from "vitest";
import { coverageByYear } from "../../src/stats/coverage-by-year.ts";

describe("coverageByYear(reaches, years, total)", () => {
  const reaches = [
    { year: 2016, code: "79", illustrative: false },
    { year: 2015, code: "01", illustrative: false },
    { year: 2016, code: "01", illustrative: true },
    { year: 2018, code: "31", illustrative: false },
  ];

  it("counts a province once, from the first year it sent officials", () => {
    // 2015: 01 → 1; 2016: 79 new, 01 again → 2; 2017: nothing → 2; 2018: 31 → 3.
    const points = coverageByYear(reaches, [2015, 2016, 2017, 2018], 63);
    expect(points.map((p) => p.count)).toEqual([1, 2, 2, 3]);
    expect(points.map((p) => p.newCodes)).toEqual([["01"], ["79"], [], ["31"]]);
  });

  it("gives the share of the total and carries the total on every point", () => {
    const points = coverageByYear(reaches, [2015, 2016], 4);
    expect(points.map((p) => [p.total, p.share])).toEqual([[4, 0.25], [4, 0.5]]);
  });

  it("marks a year sample from the first year an illustrative row counts, derived before", () => {
    // The only illustrative row is 01 in 2016, although 01 was first reached in 2015.
    const points = coverageByYear(reaches, [2015, 2016, 2017], 63);
    expect(points.map((p) => p.basis)).toEqual(["derived", "sample", "sample"]);
    expect(points.map((p) => p.rowsBasis)).toEqual(["derived", "sample", "sample"]);
  });

  it("starts at zero for years before any reach", () => {
    expect(coverageByYear(reaches, [2014], 63)).toEqual([{ year: 2014, count: 0, total: 63, share: 0, newCodes: [], basis: "derived", rowsBasis: "derived", source_url: null }]);
  });
});
