import { describe, expect, it } from "vitest";
import type { Dataset, PublishedFact } from "../../src/data/types.ts";
import { aggregate, releaseDate } from "../../src/stats/aggregate.ts";
import { fixture, U1 } from "./fixture.ts";

const fact = (indicator: PublishedFact["indicator"], as_of: string, value: number, subject: string | null = null): PublishedFact => ({
  indicator, subject, as_of, comparison: "equals", value, source_url: "https://example.org/article", source_date: "2018-05-10", quote: null, notes: null,
});

/** The fixture with every row given a source: its figures are derived, none sample. */
function sourced(): Dataset {
  const dataset = fixture();
  for (const rows of [dataset.courses, dataset.sessions, dataset.participants]) {
    for (const row of rows) Object.assign(row, { status: "published", source_url: row.source_url ?? U1 });
  }
  return dataset;
}

/** The fixture with every participant row illustrative, released on the given date. */
function allSample(release: string): Dataset {
  const dataset = fixture();
  for (const p of dataset.participants) Object.assign(p, { status: "illustrative", source_url: null });
  dataset.changelog = [{ version: "1.0.0", date: release, summary_vi: "v", summary_en: "e" }];
  return dataset;
}

describe("aggregate(dataset, options)", () => {
  it("puts every figure family in one JSON-serialisable result", () => {
    const result = aggregate(fixture());
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(Object.keys(result)).toEqual(["meta", "coverage", "officials", "courses", "bases", "method", "facts", "headline", "verdicts", "releaseDate"]);
  });

  it("runs the series from the first to the latest course year", () => {
    const result = aggregate(fixture());
    expect(result.coverage.advanced.provinces.map((p) => p.year)).toEqual([2014, 2015, 2016, 2017]);
    expect(result.officials.byYear.map((y) => y.cumulative)).toEqual([6, 9, 13, 15]);
  });

  it("gives no verdict and no headline from sample rows, however they look", () => {
    // The sample rows reach 5 of 5 provinces by 2017, but nothing published or sourced says so.
    const result = aggregate(allSample("2026-11-28"));
    expect(result.coverage.advanced.provinces.at(-1)?.count).toBe(5);
    expect(result.headline).toBeNull();
    expect(result.verdicts.map((v) => [v.targetYear, v.status, v.evidence, v.projection])).toEqual([
      [2015, "year-passed", null, null],
      [2020, "year-passed", null, null],
    ]);
  });

  it("projects nothing from sample rows before the deadline either", () => {
    const result = aggregate(allSample("2018-06-01"));
    expect(result.verdicts.map((v) => [v.targetYear, v.status, v.projection])).toEqual([[2015, "year-passed", null], [2020, "no-evidence", null]]);
  });

  it("judges the targets on figures derived from sourced rows: missed and met", () => {
    // Advanced provinces 0, 2, 4, 5 of 5. 70% of 5 → 4: only 2 at the end of 2015, missed.
    // 90% of 5 → 5: reached at the end of 2017, by 2020, met.
    const result = aggregate(sourced());
    expect(result.verdicts.map((v) => [v.targetYear, v.targetCount, v.status, v.evidence?.date, v.evidence?.basis])).toEqual([
      [2015, 4, "missed", "2015-12-31", "derived"],
      [2020, 5, "met", "2017-12-31", "derived"],
    ]);
    expect(result.headline).toMatchObject({ date: "2017-12-31", count: 5, basis: "derived" });
  });

  it("says the target year has passed when the release date is after it and no figure decides it", () => {
    const dataset = allSample("2021-03-01");
    dataset.facts = [fact("provinces_trained_practice", "2016-12-31", 4)];
    const [, v2020] = aggregate(dataset).verdicts;
    expect([v2020?.status, v2020?.evidence?.date, v2020?.releaseDate]).toEqual(["year-passed", "2016-12-31", "2021-03-01"]);
  });

  it("leads with the latest published figure, marks the value it states as published, and keeps the other years sample", () => {
    const dataset = fixture();
    dataset.facts = [fact("provinces_trained_practice", "2016-12-31", 4), fact("course_trainees", "2016-05-09", 4, "2016-ADV")];
    const result = aggregate(dataset);
    expect(result.facts.map((c) => c.ok)).toEqual([true, true]);
    expect(result.headline).toMatchObject({ date: "2016-12-31", count: 4, basis: "published", source_url: "https://example.org/article" });
    expect(result.coverage.advanced.provinces.map((p) => [p.year, p.basis])).toEqual([[2014, "derived"], [2015, "sample"], [2016, "published"], [2017, "sample"]]);
    expect(result.coverage.advanced.provinces[2]).toMatchObject({ source_url: "https://example.org/article", rowsBasis: "sample" });
    expect(result.courses.find((c) => c.id === "2016-ADV")?.traineesBasis).toBe("published");
  });

  it("marks nothing published when a published figure contradicts the data", () => {
    const dataset = fixture();
    dataset.facts = [fact("provinces_trained_practice", "2016-12-31", 5)];
    const result = aggregate(dataset);
    expect(result.facts.map((c) => [c.computed, c.ok])).toEqual([[4, false]]);
    expect(result.coverage.advanced.provinces.map((p) => p.basis)).not.toContain("published");
  });

  it("leaves out courses begun after asOf", () => {
    const result = aggregate(fixture(), { asOf: "2016-12-31" });
    expect([result.meta.asOf, result.meta.latestYear, result.courses.map((c) => c.id)]).toEqual(["2016-12-31", 2016, ["2014-BAS", "2015-ADV", "2016-ADV"]]);
    expect(result.officials.total).toBe(13);
  });

  it("orders courses by year, basic before advanced", () => {
    const dataset = fixture();
    dataset.courses.reverse();
    expect(aggregate(dataset).courses.map((c) => c.id)).toEqual(["2014-BAS", "2015-ADV", "2016-ADV", "2017-ADV"]);
  });
});

describe("releaseDate(dataset)", () => {
  it("is the latest date of the changelog, whatever its order", () => {
    const dataset = fixture();
    dataset.changelog = [
      { version: "1.1.0", date: "2026-12-01", summary_vi: "", summary_en: "" },
      { version: "1.0.0", date: "2026-11-28", summary_vi: "", summary_en: "" },
    ];
    expect(releaseDate(dataset)).toBe("2026-12-01");
  });

  it("falls back on the latest date of the data without a changelog", () => {
    expect(releaseDate(fixture())).toBe("2017-12-31");
  });
});
