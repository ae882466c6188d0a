import { describe, expect, it } from "vitest";
import type { Target } from "../../src/data/types.ts";
import { targetCount, targetProgress } from "../../src/stats/target-progress.ts";
import type { CoveragePoint } from "../../src/stats/types.ts";

const target = (year: number, percent: number): Target => ({
  indicator: "doit_staff_trained", year, target_percent: percent, source_url: "https://example.org/1419", label_vi: "mục tiêu", label_en: "target",
});
const series = (counts: Record<number, number>, total = 63): CoveragePoint[] =>
  Object.entries(counts).map(([year, count]) => ({ year: Number(year), count, total, share: count / total, newCodes: [], illustrative: false }));

describe("targetCount(percent, total)", () => {
  it("rounds up: 70% of 63 is 44.1 → 45, 90% is 56.7 → 57", () => {
    expect(targetCount(70, 63)).toBe(45);
    expect(targetCount(90, 63)).toBe(57);
  });

  it("rounds up on the 34-unit basis (23.8 → 24, 30.6 → 31) and keeps whole results (50% of 34 → 17)", () => {
    expect([targetCount(70, 34), targetCount(90, 34), targetCount(50, 34), targetCount(100, 63)]).toEqual([24, 31, 17, 63]);
  });
});

describe("targetProgress(target, series, basis)", () => {
  it("is achieved when the count is reached by the target year", () => {
    const p = targetProgress(target(2015, 70), series({ 2013: 10, 2014: 30, 2015: 46 }), "provinces");
    expect([p.status, p.reachedIn, p.gapCount, p.gapPoints, p.projectedYear]).toEqual(["achieved", 2015, 0, 0, null]);
  });

  it("is missed when the data pass the target year without reaching it", () => {
    // 45 needed; 44 in 2016 → gap 1 province; 70 − 44/63 × 100 = 70 − 69.84127 = 0.15873 points.
    const p = targetProgress(target(2015, 70), series({ 2014: 20, 2015: 30, 2016: 44 }), "provinces");
    expect([p.status, p.reachedIn, p.targetCount, p.gapCount]).toEqual(["missed", null, 45, 1]);
    expect(p.gapPoints).toBeCloseTo(0.15873, 5);
  });

  it("is still missed, with the later year it was reached, when reached only after the target year", () => {
    const p = targetProgress(target(2015, 70), series({ 2015: 22, 2016: 33, 2017: 49 }), "provinces");
    expect([p.status, p.reachedIn, p.gapCount]).toEqual(["missed", 2017, 0]);
  });

  it("is on track when the average gain of the last three years reaches the count by the target year", () => {
    // 57 needed; 2015 → 2018: 22 → 53, gain 31 over 3 years; gap 4 → ceil(4 × 3 / 31) = 1 year → 2019 ≤ 2020.
    const p = targetProgress(target(2020, 90), series({ 2015: 22, 2016: 33, 2017: 49, 2018: 53 }), "provinces");
    expect([p.status, p.projectedYear, p.gapCount, p.gainWindow]).toEqual(["on-track", 2019, 4, { from: 2015, to: 2018 }]);
    expect(p.annualGain).toBeCloseTo(31 / 3, 10);
  });

  it("is off track when that gain reaches the count only after the target year", () => {
    // Two gains only (2016 → 2018): 30 → 32, 1 a year; gap 57 − 32 = 25 → 2018 + 25 = 2043.
    const p = targetProgress(target(2020, 90), series({ 2016: 30, 2017: 31, 2018: 32 }), "provinces");
    expect([p.status, p.annualGain, p.projectedYear, p.gainWindow]).toEqual(["off-track", 1, 2043, { from: 2016, to: 2018 }]);
  });

  it("is off track with no projected year when the count did not grow", () => {
    const p = targetProgress(target(2020, 90), series({ 2017: 40, 2018: 40 }), "provinces");
    expect([p.status, p.annualGain, p.projectedYear]).toEqual(["off-track", 0, null]);
  });

  it("is too early with a single year of data", () => {
    const p = targetProgress(target(2020, 90), series({ 2018: 16 }), "provinces");
    expect([p.status, p.annualGain, p.projectedYear, p.gapCount]).toEqual(["too-early", null, null, 41]);
  });

  it("projects from the last three years, not from the whole series", () => {
    // Last three: 2015 → 2018, 10 → 40: 10 a year; gap 57 − 40 = 17 → ceil(17 × 3 / 30) = 2 → 2020.
    // (Over all four years, 8 → 40, the gain would be 8 a year and the year 2021.)
    const p = targetProgress(target(2025, 90), series({ 2014: 8, 2015: 10, 2016: 20, 2017: 26, 2018: 40 }), "provinces");
    expect([p.status, p.annualGain, p.projectedYear]).toEqual(["on-track", 10, 2020]);
  });

  it("uses the total of the series for the 34-unit basis", () => {
    // 90% of 34 → 31; 28 units in 2018 → gap 3.
    const p = targetProgress(target(2020, 90), series({ 2017: 25, 2018: 28 }, 34), "units");
    expect([p.basis, p.total, p.targetCount, p.gapCount, p.projectedYear]).toEqual(["units", 34, 31, 3, 2019]);
  });
});
