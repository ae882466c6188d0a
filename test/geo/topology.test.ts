import { geoArea, geoCentroid } from "d3-geo";
import { merge, neighbors } from "topojson-client";
import type { MultiPolygon } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { archipelagoArcs, archipelagoFeatures, layerFeatures } from "../../src/geo/topology.ts";
import { provinceRows, topology, unitRows } from "./load.ts";

const EARTH_RADIUS_KM = 6371.0088; // mean radius (IUGG); geoArea returns steradians
const km2 = (f: GeoJSON.Feature | GeoJSON.Geometry) => geoArea(f) * EARTH_RADIUS_KM ** 2;

// [west, east, south, north] around each province, drawn by hand from its capital and extent on a
// national atlas; wide enough for a generalised outline, narrow enough to catch a swapped province.
const centroidBoxes: Record<string, [number, number, number, number]> = {
  "01": [105.4, 106.0, 20.7, 21.3], "02": [104.6, 105.3, 22.4, 23.1], "04": [105.7, 106.5, 22.4, 23.0],
  "06": [105.5, 106.2, 21.9, 22.6], "08": [105.0, 105.6, 21.7, 22.5], "10": [103.7, 104.5, 21.9, 22.7],
  "11": [102.6, 103.4, 21.3, 22.3], "12": [102.8, 103.7, 22.0, 22.7], "14": [103.6, 104.6, 20.8, 21.6],
  "15": [104.2, 105.0, 21.4, 22.1], "17": [105.0, 105.7, 20.4, 21.0], "19": [105.6, 106.1, 21.4, 22.0],
  "20": [106.2, 107.0, 21.5, 22.2], "22": [106.8, 107.7, 20.9, 21.5], "24": [106.1, 106.9, 21.1, 21.6],
  "25": [104.9, 105.4, 21.0, 21.6], "26": [105.4, 105.8, 21.15, 21.5], "27": [105.95, 106.3, 21.0, 21.25],
  "30": [106.2, 106.55, 20.75, 21.15], "31": [106.4, 106.9, 20.6, 21.0], "33": [105.9, 106.25, 20.65, 21.0],
  "34": [106.2, 106.6, 20.3, 20.7], "35": [105.8, 106.15, 20.4, 20.7], "36": [106.0, 106.45, 20.05, 20.45],
  "37": [105.7, 106.1, 20.05, 20.4], "38": [104.9, 105.8, 19.6, 20.5], "40": [104.4, 105.5, 18.8, 19.7],
  "42": [105.3, 106.2, 18.0, 18.6], "44": [105.8, 106.8, 17.2, 17.9], "45": [106.6, 107.3, 16.4, 17.1],
  "46": [107.2, 107.9, 16.0, 16.6], "48": [107.9, 108.3, 15.95, 16.25], "49": [107.5, 108.4, 15.3, 16.0],
  "51": [108.4, 109.0, 14.7, 15.3], "52": [108.7, 109.2, 13.7, 14.5], "54": [108.7, 109.4, 12.8, 13.5],
  "56": [108.8, 109.3, 12.0, 12.7], "58": [108.6, 109.1, 11.4, 12.0], "60": [107.6, 108.5, 10.8, 11.4],
  "62": [107.5, 108.3, 14.2, 15.1], "64": [107.8, 108.7, 13.3, 14.3], "66": [107.8, 108.6, 12.4, 13.2],
  "67": [107.3, 108.0, 11.9, 12.5], "68": [107.7, 108.5, 11.4, 12.1], "70": [106.6, 107.2, 11.4, 12.1],
  "72": [105.9, 106.4, 11.1, 11.7], "74": [106.4, 106.9, 11.0, 11.4], "75": [106.9, 107.5, 10.8, 11.4],
  "77": [107.0, 107.6, 10.3, 10.8], "79": [106.4, 106.9, 10.5, 11.1], "80": [105.9, 106.5, 10.5, 11.0],
  "82": [106.0, 106.6, 10.25, 10.6], "83": [106.2, 106.7, 9.9, 10.35], "84": [106.1, 106.5, 9.6, 10.0],
  "86": [105.8, 106.2, 9.9, 10.3], "87": [105.4, 105.9, 10.4, 10.9], "89": [104.9, 105.5, 10.3, 10.8],
  "91": [104.6, 105.4, 9.7, 10.3], "92": [105.4, 105.8, 10.0, 10.4], "93": [105.4, 105.9, 9.65, 10.05],
  "94": [105.7, 106.2, 9.35, 9.8], "95": [105.3, 105.75, 9.1, 9.55], "96": [104.8, 105.3, 8.8, 9.35],
};

const provinces = layerFeatures(topology, "provinces");
const units = layerFeatures(topology, "units");

describe("layerFeatures(topology, layer)", () => {
  it("gives the 63 provinces with the codes and names of data/provinces.csv, in its order", () => {
    expect(provinces.map((f) => f.id)).toEqual(provinceRows.map((r) => r.code));
    expect(provinces.map((f) => f.properties.name_vi)).toEqual(provinceRows.map((r) => r.name_vi));
    expect(provinces.map((f) => f.properties.code_2025)).toEqual(provinceRows.map((r) => r.code_2025));
  });

  it("gives the 34 units with the codes and names of data/provinces-2025.csv", () => {
    expect(units.map((f) => f.id)).toEqual(unitRows.map((r) => r.code));
    expect(units.map((f) => f.properties.name_vi)).toEqual(unitRows.map((r) => r.name_vi));
  });

  it.each(provinces.map((f) => [f.id, f] as const))("puts the centroid of province %s inside its hand-checked box", (code, f) => {
    const [west, east, south, north] = centroidBoxes[code]!;
    const [lon, lat] = geoCentroid(f);
    expect(lon).toBeGreaterThan(west);
    expect(lon).toBeLessThan(east);
    expect(lat).toBeGreaterThan(south);
    expect(lat).toBeLessThan(north);
  });

  it("makes each unit's area the sum of its member provinces' areas", () => {
    for (const unit of units) {
      const members = provinces.filter((p) => p.properties.code_2025 === unit.id);
      const sum = members.reduce((s, p) => s + km2(p), 0);
      expect(km2(unit)).toBeCloseTo(sum, 0);
    }
  });

  it("puts every province in exactly one unit, so the two layers cover the same land", () => {
    const members = units.flatMap((u) => provinces.filter((p) => p.properties.code_2025 === u.id).map((p) => p.id));
    expect([...members].sort()).toEqual(provinceRows.map((r) => r.code).sort());
    const total = (fs: typeof provinces) => fs.reduce((s, f) => s + km2(f), 0);
    expect(total(units)).toBeCloseTo(total(provinces), 0);
  });

  it("leaves the archipelagos out of Đà Nẵng and Khánh Hòa when asked", () => {
    const without = layerFeatures(topology, "provinces", { archipelagos: false });
    const count = (fs: typeof provinces, id: string) => fs.find((f) => f.id === id)!.geometry.coordinates.length;
    const [hoangSa, truongSa] = archipelagoFeatures(topology);
    expect(count(provinces, "48") - count(without, "48")).toBe(hoangSa!.geometry.coordinates.length);
    expect(count(provinces, "56") - count(without, "56")).toBe(truongSa!.geometry.coordinates.length);
    expect(count(without, "01")).toBe(count(provinces, "01"));
  });
});

describe("the borders of vietnam.topo.json", () => {
  const geometries = topology.objects.provinces.geometries as MultiPolygon[];
  const index = (code: string) => geometries.findIndex((g) => g.id === code);
  const adjacent = neighbors(geometries);

  it.each([
    ["01", "27"], ["01", "35"], ["35", "36"], ["35", "37"], ["27", "24"], ["48", "49"], ["48", "46"], ["79", "74"],
  ])("shares the border of %s and %s as one arc", (a, b) => {
    expect(adjacent[index(a)]).toContain(index(b));
  });

  it("merges all 63 provinces into one mainland polygon with no hole (no gaps or slivers)", () => {
    const land = merge(topology, geometries);
    const large = land.coordinates.filter((rings) => km2({ type: "Polygon", coordinates: rings }) > 10_000);
    expect(large).toHaveLength(1);
    expect(large[0]).toHaveLength(1);
  });

  it("gives no unit a hole", () => {
    for (const unit of units) for (const polygon of unit.geometry.coordinates) expect(polygon).toHaveLength(1);
  });
});

describe("archipelagoFeatures(topology)", () => {
  const [hoangSa, truongSa] = archipelagoFeatures(topology);
  const boxes = { "hoang-sa": [111.1, 112.9, 15.7, 17.2], "truong-sa": [111.5, 116.0, 7.5, 11.5] };

  it("gives Hoàng Sa to Đà Nẵng (48) and Trường Sa to Khánh Hòa (56), before and after 2025", () => {
    expect(hoangSa!.id).toBe("hoang-sa");
    expect(hoangSa!.properties).toEqual({ name_vi: "Quần đảo Hoàng Sa", name_en: "Hoàng Sa (Paracel) archipelago", belongs_to: "48", belongs_to_2025: "48" });
    expect(truongSa!.id).toBe("truong-sa");
    expect(truongSa!.properties).toEqual({ name_vi: "Quần đảo Trường Sa", name_en: "Trường Sa (Spratly) archipelago", belongs_to: "56", belongs_to_2025: "56" });
  });

  it.each(["hoang-sa", "truong-sa"] as const)("keeps every island of %s inside its box", (id) => {
    const f = archipelagoFeatures(topology).find((a) => a.id === id)!;
    expect(f.geometry.coordinates.length).toBeGreaterThan(0);
    const [west, east, south, north] = boxes[id];
    for (const rings of f.geometry.coordinates) {
      const [lon, lat] = geoCentroid({ type: "Polygon", coordinates: rings });
      expect(lon).toBeGreaterThan(west!);
      expect(lon).toBeLessThan(east!);
      expect(lat).toBeGreaterThan(south!);
      expect(lat).toBeLessThan(north!);
    }
  });

  it.each([["provinces", "48", "56"], ["units", "48", "56"]] as const)("makes the islands part of the %s layer's %s and %s", (layer, dn, kh) => {
    const arcsOf = (id: string) => JSON.stringify((topology.objects[layer].geometries as MultiPolygon[]).find((g) => g.id === id)!.arcs);
    const islandArcs = (topology.objects.archipelagos.geometries as MultiPolygon[]).map((g) => g.arcs.map((p) => JSON.stringify(p)));
    for (const polygon of islandArcs[0]!) expect(arcsOf(dn)).toContain(polygon);
    for (const polygon of islandArcs[1]!) expect(arcsOf(kh)).toContain(polygon);
    expect(archipelagoArcs(topology).size).toBe(islandArcs.flat().length);
  });
});
