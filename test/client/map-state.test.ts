import { describe, expect, it } from "vitest";
import { parseMapState, serialiseMapState, type MapState } from "../../src/client/map-state.ts";

const years = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018];
const fallback: MapState = { year: 2018, layer: "provinces", measure: "officials" };

describe("parseMapState(query, years, fallback)", () => {
  it("reads year, layer and measure from the query", () => {
    expect(parseMapState("?year=2015&layer=units&measure=firstYear", years, fallback)).toEqual({
      year: 2015,
      layer: "units",
      measure: "firstYear",
    });
  });

  it("reads URLSearchParams as well as strings", () => {
    expect(parseMapState(new URLSearchParams({ year: "2010" }), years, fallback)).toEqual({ ...fallback, year: 2010 });
  });

  it("keeps the fallback for each invalid value and still reads the valid ones", () => {
    expect(parseMapState("?year=2030&layer=districts&measure=firstYear", years, fallback)).toEqual({
      year: 2018,
      layer: "provinces",
      measure: "firstYear",
    });
    expect(parseMapState("?year=2015&layer=units&measure=population", years, fallback)).toEqual({
      year: 2015,
      layer: "units",
      measure: "officials",
    });
  });

  it("ignores years that are not four plain digits", () => {
    for (const year of ["15", "2015.0", " 2015", "2015abc", "", "1e3"]) {
      expect(parseMapState(`?year=${encodeURIComponent(year)}`, years, fallback).year).toBe(2018);
    }
  });

  it("ignores a layer or measure in the wrong case", () => {
    expect(parseMapState("?layer=Units&measure=firstyear", years, fallback)).toEqual(fallback);
  });

  it("returns the fallback for an empty query", () => {
    expect(parseMapState("", years, fallback)).toEqual(fallback);
  });
});

describe("serialiseMapState(state, query)", () => {
  it("writes year, layer and measure in that order", () => {
    expect(serialiseMapState({ year: 2015, layer: "units", measure: "firstYear" })).toBe(
      "?year=2015&layer=units&measure=firstYear",
    );
  });

  it("keeps other parameters and replaces old values in place", () => {
    expect(serialiseMapState({ year: 2012, layer: "provinces", measure: "officials" }, "?lang=en&year=2010")).toBe(
      "?lang=en&year=2012&layer=provinces&measure=officials",
    );
  });

  it("round-trips through parseMapState", () => {
    const state: MapState = { year: 2013, layer: "units", measure: "firstYear" };
    expect(parseMapState(serialiseMapState(state), years, fallback)).toEqual(state);
  });
});
