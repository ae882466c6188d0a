import { describe, expect, it } from "vitest";
import { islandMatchKm, islandSymbol, namedIslands } from "../../../src/geo/build/island-symbols.ts";
import { type PolygonRings } from "../../../src/geo/build/province-polygons.ts";
import { ringContains, ringSelfIntersections } from "../../../src/geo/rings.ts";
import { type Place } from "../../../src/geo/places.ts";

const island = (name: string, lon: number, lat: number): Place => ({ kind: "island", name_vi: name, name_en: name, lon, lat, province_code: "56", unit_code: "56", archipelago: "truong-sa", source: "test" });
const square = (lon: number, lat: number, d = 0.005): PolygonRings => [[[lon - d, lat - d], [lon - d, lat + d], [lon + d, lat + d], [lon + d, lat - d], [lon - d, lat - d]]];

describe("islandSymbol(place)", () => {
  it("is a simple hexagon around the island's coordinates", () => {
    const [ring] = islandSymbol(island("Trường Sa Lớn", 111.92, 8.644));
    expect(ring).toHaveLength(7);
    expect(ringSelfIntersections(ring!)).toEqual([]);
    expect(ringContains(ring!, [111.92, 8.644])).toBe(true);
  });
});

describe("namedIslands(places, candidates)", () => {
  it("matches each island to its nearest polygon, each polygon once, and draws a symbol for the rest", () => {
    const near = square(114.365, 10.377);
    const places = [island("Ba Bình", 114.365, 10.377), island("Sơn Ca", 114.37, 10.38), island("An Bang", 112.917, 7.867)];
    const found = namedIslands(places, () => [near]);
    expect(found.map((i) => [i.place.name_vi, i.symbol])).toEqual([["Ba Bình", false], ["Sơn Ca", true], ["An Bang", true]]);
    expect(found[0]!.polygon).toBe(near);
  });

  it(`does not take a polygon farther than ${islandMatchKm} km`, () => {
    const [found] = namedIslands([island("Song Tử Tây", 114.331, 11.429)], () => [square(114.331, 11.48)]);
    expect(found!.symbol).toBe(true);
  });
});
