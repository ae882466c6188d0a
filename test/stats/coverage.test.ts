import { describe, expect, it } from "vitest";
import { coverage } from "../../src/stats/coverage.ts";
import { participations } from "../../src/stats/participations.ts";
import { fixture } from "./fixture.ts";

describe("coverage(rows, years, provinces, units)", () => {
  const dataset = fixture();
  const result = coverage(participations(dataset, dataset.courses), [2014, 2015, 2016, 2017], 5, 3);

  it("counts provinces reached by the advanced course only", () => {
    // 2014: none; 2015: 01, 25; 2016: + 26, 74 (01 again); 2017: + 79.
    expect(result.advanced.provinces.map((p) => p.count)).toEqual([0, 2, 4, 5]);
    expect(result.advanced.provinces.map((p) => p.newCodes)).toEqual([[], ["01", "25"], ["26", "74"], ["79"]]);
  });

  it("counts provinces reached by any course", () => {
    // 2014: 01, 26, 79; 2015: + 25; 2016: + 74; 2017: nothing new.
    expect(result.all.provinces.map((p) => p.count)).toEqual([3, 4, 5, 5]);
  });

  it("counts a 2025 unit once when two of its former provinces trained", () => {
    // Advanced: 2015 01 → unit 01, 25 → unit 25; 2016 26 → unit 25 again, 74 → unit 79; 2017 79 → unit 79 again.
    expect(result.advanced.units.map((p) => [p.count, p.total])).toEqual([[0, 3], [2, 3], [3, 3], [3, 3]]);
    expect(result.advanced.units.map((p) => p.newCodes)).toEqual([[], ["01", "25"], ["79"], []]);
    // All courses: 2014 already reaches 01, 25 (through 26) and 79.
    expect(result.all.units.map((p) => p.count)).toEqual([3, 3, 3, 3]);
  });

  it("marks the advanced series sample from 2015, and the all-course series from 2014", () => {
    // 2015-ADV is an illustrative course; in 2014-BAS the row of 79 is illustrative.
    expect(result.advanced.provinces.map((p) => p.basis)).toEqual(["derived", "sample", "sample", "sample"]);
    expect(result.all.provinces.map((p) => p.basis)).toEqual(["sample", "sample", "sample", "sample"]);
  });
});
