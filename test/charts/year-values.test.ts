import { describe, expect, it } from "vitest";
import { NO_VALUE } from "../../src/charts/scales.ts";
import { cellAt, colourAt, officialsBy, valueAt } from "../../src/charts/year-values.ts";
import { haNoi, laiChau, mapData } from "../client/map-fixture.ts";

const years = mapData.years;

describe("officialsBy(entry, year, years)", () => {
  it("reads the cumulative count for a listed year", () => {
    expect(officialsBy(haNoi, 2013, years)).toBe(3);
    expect(officialsBy(haNoi, 2016, years)).toBe(12);
  });

  it("is 0 before the first listed year and the last count after the last one", () => {
    expect(officialsBy(haNoi, 2009, years)).toBe(0);
    expect(officialsBy(haNoi, 2020, years)).toBe(1234);
  });
});

describe("valueAt(entry, measure, year, years)", () => {
  it("gives officials so far for the officials measure", () => {
    expect(valueAt(haNoi, "officials", 2011, years)).toBe(0);
    expect(valueAt(haNoi, "officials", 2014, years)).toBe(7);
  });

  it("gives the first year once the selected year has reached it", () => {
    expect(valueAt(haNoi, "firstYear", 2012, years)).toBe(2012);
    expect(valueAt(haNoi, "firstYear", 2018, years)).toBe(2012);
  });

  it("gives no value before the first year and for a province never reached", () => {
    expect(valueAt(haNoi, "firstYear", 2011, years)).toBeNull();
    expect(valueAt(laiChau, "firstYear", 2018, years)).toBeNull();
  });
});

describe("colourAt(entry, measure, year, data)", () => {
  // officials thresholds [2, 5, 8, 13]; firstYear thresholds [2012, 2014, 2015, 2017].
  it("colours officials by class: 3 → class 1, 12 → class 3, 20 → class 4", () => {
    expect(colourAt(haNoi, "officials", 2012, mapData)).toBe("#o1");
    expect(colourAt(haNoi, "officials", 2016, mapData)).toBe("#o3");
    expect(colourAt(haNoi, "officials", 2017, mapData)).toBe("#o4");
  });

  it("colours no officials yet as NO_VALUE", () => {
    expect(colourAt(haNoi, "officials", 2011, mapData)).toBe(NO_VALUE);
    expect(colourAt(laiChau, "officials", 2018, mapData)).toBe(NO_VALUE);
  });

  it("colours the first year 2012 in class 1 from 2012 on, and NO_VALUE before", () => {
    expect(colourAt(haNoi, "firstYear", 2012, mapData)).toBe("#f1");
    expect(colourAt(haNoi, "firstYear", 2018, mapData)).toBe("#f1");
    expect(colourAt(haNoi, "firstYear", 2011, mapData)).toBe(NO_VALUE);
    expect(colourAt(laiChau, "firstYear", 2018, mapData)).toBe(NO_VALUE);
  });
});

describe("cellAt(entry, measure, year, years, lang)", () => {
  it("formats officials for the page language and keeps the raw number as the value", () => {
    expect(cellAt(haNoi, "officials", 2018, years, "vi")).toEqual({ text: "1.234", value: "1234" });
    expect(cellAt(haNoi, "officials", 2018, years, "en")).toEqual({ text: "1,234", value: "1234" });
    expect(cellAt(haNoi, "officials", 2010, years, "vi")).toEqual({ text: "0", value: "0" });
  });

  it("writes the first year without grouping, or a dash and an empty value before it", () => {
    expect(cellAt(haNoi, "firstYear", 2015, years, "en")).toEqual({ text: "2012", value: "2012" });
    expect(cellAt(haNoi, "firstYear", 2011, years, "vi")).toEqual({ text: "—", value: "" });
  });
});
