import { describe, expect, it } from "vitest";
import type { FactIndicator, PublishedFact } from "../../src/data/types.ts";
import { figures } from "../../src/stats/figures.ts";
import { reconcile } from "../../src/stats/reconcile.ts";
import { fixture } from "./fixture.ts";

const fact = (indicator: FactIndicator, as_of: string, value: number, comparison: PublishedFact["comparison"] = "equals", subject: string | null = null): PublishedFact => ({
  indicator, subject, as_of, comparison, value, source_url: "https://example.org/fact", source_date: null, quote: null, notes: null,
});
const check = (...facts: PublishedFact[]) => {
  const dataset = fixture();
  return reconcile(facts, dataset.courses, (asOf) => figures(dataset, asOf)).map((c) => [c.computed, c.ok]);
};

describe("reconcile(facts, courses, figuresAsOf)", () => {
  it("counts advanced provinces of the courses begun by the date", () => {
    // By 2016-12-31: 2015-ADV (01, 25) and 2016-ADV (26, 74, 01) → 4.
    expect(check(fact("provinces_trained_practice", "2016-12-31", 4), fact("provinces_trained_practice", "2016-12-31", 5))).toEqual([[4, true], [4, false]]);
  });

  it("counts a month-only round-1 start from the first of the month, and nothing before any course began", () => {
    // 2015-ADV round 1 is "2015-06": not begun on 31 May, begun on 1 June (01, 25). No course had begun on 1 January 2014.
    expect(check(fact("provinces_trained_practice", "2015-05-31", 0), fact("provinces_trained_practice", "2015-06-01", 2), fact("officials_trained", "2014-01-01", 0))).toEqual([[0, true], [2, true], [0, true]]);
  });

  it("counts a course with no known start only from 31 December of its year", () => {
    // Officials: 6 + 3 + 4 = 13 before 2017-ADV counts; + 2 = 15 on 31 December 2017.
    expect(check(fact("officials_trained", "2017-12-30", 14, "at_least"), fact("officials_trained", "2017-12-31", 14, "at_least"))).toEqual([[13, false], [15, true]]);
  });

  it("counts provinces reached by any course", () => {
    // 2014-BAS alone reaches 01, 26, 79.
    expect(check(fact("provinces_trained_any", "2014-12-31", 3))).toEqual([[3, true]]);
  });

  it("compares 'at_least' as not below, 'more_than' as above and 'equals' as exactly equal", () => {
    expect(check(fact("officials_trained", "2017-12-31", 15, "at_least"), fact("officials_trained", "2017-12-31", 15, "more_than"), fact("officials_trained", "2017-12-31", 14, "more_than"), fact("officials_trained", "2017-12-31", 14))).toEqual([
      [15, true], [15, false], [15, true], [15, false],
    ]);
  });

  it("recomputes a course's trainees and provinces from its participant rows", () => {
    expect(check(fact("course_trainees", "2016-05-09", 4, "equals", "2016-ADV"), fact("course_provinces", "2016-05-09", 3, "equals", "2016-ADV"))).toEqual([[4, true], [3, true]]);
  });

  it("fails a course_trainees fact when the course's published trainees disagree, even if the rows agree", () => {
    const dataset = fixture();
    dataset.courses[2]!.trainees = 5;
    const result = reconcile([fact("course_trainees", "2016-05-09", 4, "equals", "2016-ADV")], dataset.courses, (asOf) => figures(dataset, asOf));
    expect(result.map((c) => [c.computed, c.ok])).toEqual([[4, false]]);
  });

  it("leaves a figure the rows cannot compute unchecked: computed and ok are null", () => {
    expect(check(fact("provinces_cp_specialists", "2020-12-31", 63))).toEqual([[null, null]]);
  });

  it("gives the basis of each computed figure: sample when it rests on an illustrative row", () => {
    const dataset = fixture();
    const facts = [fact("course_trainees", "2016-05-09", 4, "equals", "2016-ADV"), fact("course_trainees", "2015-12-31", 3, "equals", "2015-ADV")];
    expect(reconcile(facts, dataset.courses, (asOf) => figures(dataset, asOf)).map((c) => c.computedBasis)).toEqual(["derived", "sample"]);
  });

  it("returns the fact it checked with each result", () => {
    const f = fact("course_provinces", "2016-05-09", 3, "equals", "2016-ADV");
    const dataset = fixture();
    expect(reconcile([f], dataset.courses, (asOf) => figures(dataset, asOf))[0]?.fact).toBe(f);
  });
});
