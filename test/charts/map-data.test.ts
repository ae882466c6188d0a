import { describe, expect, it } from "vitest";
import { parseMapData } from "../../src/charts/map-data.ts";
import { mapData } from "../client/map-fixture.ts";

describe("parseMapData(json)", () => {
  it("reads the JSON the build writes", () => {
    expect(parseMapData(JSON.stringify(mapData))).toEqual(mapData);
  });

  it("reads any language other than en as vi", () => {
    expect(parseMapData(JSON.stringify({ ...mapData, lang: "fr" })).lang).toBe("vi");
    expect(parseMapData(JSON.stringify({ ...mapData, lang: "en" })).lang).toBe("en");
  });

  it("names every missing part", () => {
    expect(() => parseMapData("{}")).toThrow("data-map-data: missing or empty years, layers, scales, text");
  });

  it("refuses an empty list of years", () => {
    expect(() => parseMapData(JSON.stringify({ ...mapData, years: [] }))).toThrow("data-map-data: missing or empty years");
  });
});
