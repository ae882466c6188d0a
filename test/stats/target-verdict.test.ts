import { describe, expect, it } from "vitest";
import type { Target } from "../../src/data/types.ts";
import { targetCount, targetVerdict } from "../../src/stats/target-verdict.ts";
import type { Evidence } from "../../src/stats/types.ts";

const target = (year: number, percent: number): Target => ({
  indicator: "doit_staff_trained", year, target_percent: percent, source_url: "https://example.org/1419", label_vi: "mục tiêu", label_en: "target",
});
const figure = (date: string, count: number, extra: Partial<Evidence> = {}): Evidence => ({
  date, count, total: 63, share: count / 63, basis: "published", comparison: "equals", indicator: "provinces_trained_practice",
  cumulative: true, source_url: "https://example.org/article", source_date: null, quote: null, notes: null, ...extra,
});
const verdict = (t: Target, evidence: Evidence[], release: string) => targetVerdict(t, evidence, 63, release);

describe("targetCount(percent, total)", () => {
  it("rounds up: 70% of 63 is 44.1 → 45, 90% is 56.7 → 57", () => {
    expect([targetCount(70, 63), targetCount(90, 63)]).toEqual([45, 57]);
  });

  it("rounds up on the 34-unit basis (23.8 → 24, 30.6 → 31) and keeps whole results (50% of 34 → 17)", () => {
    expect([targetCount(70, 34), targetCount(90, 34), targetCount(50, 34), targetCount(100, 63)]).toEqual([24, 31, 17, 63]);
  });
});

describe("targetVerdict(target, evidence, total, releaseDate)", () => {
  it("is met by a figure dated by the end of the target year that reaches the count, whatever the release date", () => {
    const v = verdict(target(2015, 70), [figure("2014-12-31", 30), figure("2015-12-31", 46)], "2026-11-28");
    expect([v.status, v.evidence?.date, v.gapCount, v.deadline]).toEqual(["met", "2015-12-31", 0, "2015-12-31"]);
  });

  it("reads 'more than 44' as at least 45, enough for 70% of 63", () => {
    expect(verdict(target(2015, 70), [figure("2015-06-30", 44, { comparison: "more_than" })], "2026-01-01").status).toBe("met");
  });

  it("is missed by an exact count below the target dated at or after the deadline, since the count can only grow", () => {
    // 44 provinces by 2016: fewer than 45 by 2015 too. Gap 1 province; 70 − 44/63 × 100 = 0.15873 points.
    const v = verdict(target(2015, 70), [figure("2016-12-31", 44)], "2026-11-28");
    expect([v.status, v.evidence?.count, v.gapCount]).toEqual(["missed", 44, 1]);
    expect(v.gapPoints).toBeCloseTo(0.15873, 5);
  });

  it("is not missed by a lower bound, nor by a later figure that is not cumulative", () => {
    const atLeast = verdict(target(2015, 70), [figure("2016-12-31", 40, { comparison: "at_least" })], "2026-11-28");
    const state = verdict(target(2015, 70), [figure("2016-12-31", 40, { cumulative: false, indicator: "provinces_cp_specialists" })], "2026-11-28");
    expect([atLeast.status, state.status]).toEqual(["year-passed", "year-passed"]);
  });

  it("says the year passed with no figure for it when the only figures come later and reach the count, naming the first of them", () => {
    // 49 by 2017 cannot tell whether 45 were reached by 2015.
    const v = verdict(target(2015, 70), [figure("2017-12-31", 49), figure("2020-12-31", 63, { cumulative: false })], "2026-11-28");
    expect([v.status, v.evidence?.date, v.gapCount, v.projection]).toEqual(["year-passed", "2017-12-31", null, null]);
  });

  it("says the year passed with nothing to show when there is no figure at all", () => {
    const v = verdict(target(2020, 90), [], "2026-11-28");
    expect([v.status, v.evidence, v.gapCount]).toEqual(["year-passed", null, null]);
  });

  it("never projects once the release date is after the target year, however the figures grow", () => {
    const v = verdict(target(2020, 90), [figure("2016-12-31", 30), figure("2017-12-31", 49)], "2021-01-01");
    expect(v.status).toBe("year-passed");
    expect(v.projection).toBeNull();
  });

  it("projects before the deadline: on track when the average gain reaches the count by the target year", () => {
    // 30 → 49 over 2016–2017: 19 a year; gap 8 → ceil(8 / 19) = 1 → 2018 ≤ 2020.
    const v = verdict(target(2020, 90), [figure("2016-12-31", 30), figure("2017-12-31", 49)], "2018-05-10");
    expect([v.status, v.projection?.annualGain, v.projection?.year, v.evidence?.date, v.gapCount]).toEqual(["on-track", 19, 2018, "2017-12-31", 8]);
  });

  it("averages the gain over at most three years of figures", () => {
    // 10 (2013), 20 (2014), 26 (2017): from 2014 to 2017, 6 in 3 years → 2 a year; gap 31 → 16 years → 2033 > 2020.
    const v = verdict(target(2020, 90), [figure("2013-12-31", 10), figure("2014-12-31", 20), figure("2017-12-31", 26)], "2018-01-01");
    expect([v.status, v.projection?.from, v.projection?.annualGain, v.projection?.year]).toEqual(["off-track", "2014-12-31", 2, 2033]);
  });

  it("is off track with no projected year when the count did not grow", () => {
    const v = verdict(target(2020, 90), [figure("2016-12-31", 40), figure("2017-12-31", 40)], "2018-01-01");
    expect([v.status, v.projection?.year]).toEqual(["off-track", null]);
  });

  it("has too little to judge before the deadline with a single figure, and ignores figures after the release date", () => {
    const v = verdict(target(2020, 90), [figure("2017-12-31", 49), figure("2019-12-31", 55)], "2018-06-01");
    expect([v.status, v.evidence?.date, v.projection]).toEqual(["no-evidence", "2017-12-31", null]);
  });
});
