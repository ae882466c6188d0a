import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/stats/aggregate.ts";
import { fixture } from "./fixture.ts";

describe("aggregate(dataset, options)", () => {
  it("puts every figure family in one JSON-serialisable result", () => {
    const result = aggregate(fixture());
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(Object.keys(result)).toEqual(["meta", "method", "coverage", "officials", "courses", "progress", "illustrative"]);
  });

  it("runs the series from the first to the latest course year", () => {
    const result = aggregate(fixture());
    expect(result.coverage.advanced.provinces.map((p) => p.year)).toEqual([2014, 2015, 2016, 2017]);
    expect(result.officials.byYear.map((y) => y.cumulative)).toEqual([6, 9, 13, 15]);
  });

  it("measures progress on the advanced coverage, targets in year order", () => {
    // Advanced provinces 0, 2, 4, 5 of 5. 70% of 5 → 4, first reached 2016 > 2015: missed.
    // 90% of 5 → 5, reached 2017 ≤ 2020: achieved.
    const { progress } = aggregate(fixture());
    expect(progress.provinces.map((p) => [p.targetYear, p.targetCount, p.status, p.reachedIn])).toEqual([
      [2015, 4, "missed", 2016],
      [2020, 5, "achieved", 2017],
    ]);
    // Units 0, 2, 3, 3 of 3: 70% → ceil(2.1) = 3 and 90% → ceil(2.7) = 3, both first reached in 2016.
    expect(progress.units.map((p) => [p.targetCount, p.status, p.reachedIn])).toEqual([[3, "missed", 2016], [3, "achieved", 2016]]);
  });

  it("leaves out courses begun after asOf", () => {
    const result = aggregate(fixture(), { asOf: "2016-12-31" });
    expect([result.meta.asOf, result.meta.latestYear, result.courses.map((c) => c.id)]).toEqual(["2016-12-31", 2016, ["2014-BAS", "2015-ADV", "2016-ADV"]]);
    expect(result.officials.total).toBe(13);
    // 2020 target: 4 of 5 in 2016; two gains only, 2014 → 2016: 0 → 4, 2 a year; gap 1 → ceil(1 × 2 / 4) = 1 → 2017.
    expect(result.progress.provinces[1]).toMatchObject({ status: "on-track", latestCount: 4, annualGain: 2, projectedYear: 2017 });
  });

  it("orders courses by year, basic before advanced", () => {
    const dataset = fixture();
    dataset.courses.reverse();
    expect(aggregate(dataset).courses.map((c) => c.id)).toEqual(["2014-BAS", "2015-ADV", "2016-ADV", "2017-ADV"]);
  });
});
