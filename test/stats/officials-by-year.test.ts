import { describe, expect, it } from "vitest";
import { officialsByYear } from "../../src/stats/officials-by-year.ts";
import { participations } from "../../src/stats/participations.ts";
import { fixture } from "./fixture.ts";

describe("officialsByYear(rows, years)", () => {
  const dataset = fixture();
  const years = officialsByYear(participations(dataset, dataset.courses), [2014, 2015, 2016, 2017]);

  it("sums officials each year and cumulates them", () => {
    // 2014: 3 + 2 + 1 = 6; 2015: 2 + 1 = 3; 2016: 1 + 2 + 1 = 4; 2017: 2. Cumulative 6, 9, 13, 15.
    expect(years.map((y) => [y.year, y.officials, y.cumulative])).toEqual([
      [2014, 6, 6], [2015, 3, 9], [2016, 4, 13], [2017, 2, 15],
    ]);
  });

  it("splits each year by programme", () => {
    expect(years.map((y) => y.byProgramme)).toEqual([{ basic: 6 }, { advanced: 3 }, { advanced: 4 }, { advanced: 2 }]);
  });

  it("marks a year sample from the first illustrative row, derived when every row up to it has a source", () => {
    // 2014-BAS has an illustrative row (79) → every year sample.
    expect(years.map((y) => y.basis)).toEqual(["sample", "sample", "sample", "sample"]);
    const sourced = dataset.courses.filter((c) => c.id === "2016-ADV" || c.id === "2017-ADV");
    expect(officialsByYear(participations(dataset, sourced), [2016, 2017]).map((y) => y.basis)).toEqual(["derived", "derived"]);
  });
});
