import { describe, expect, it } from "vitest";
import { yearRange } from "../../src/stats/year-range.ts";

describe("yearRange(from, to)", () => {
  it("lists every year, both ends included", () => {
    expect(yearRange(2016, 2018)).toEqual([2016, 2017, 2018]);
  });

  it("gives one year when both ends are equal and none when reversed", () => {
    expect(yearRange(2018, 2018)).toEqual([2018]);
    expect(yearRange(2019, 2018)).toEqual([]);
  });
});
