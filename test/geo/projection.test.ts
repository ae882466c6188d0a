import { describe, expect, it } from "vitest";
import { archipelagoFeatures, layerFeatures } from "../../src/geo/topology.ts";
import { mapLayout, type Frame } from "../../src/geo/projection.ts";
import { topology } from "./load.ts";

const inside = ([x, y]: [number, number], f: Frame) => x >= f.x && x <= f.x + f.width && y >= f.y && y <= f.y + f.height;
const points = (g: GeoJSON.MultiPolygon) => g.coordinates.flat(2) as [number, number][];

describe("mapLayout(layout, size)", () => {
  it("defaults to 360 × 640 for portrait and 720 × 540 for landscape", () => {
    expect([mapLayout("portrait").width, mapLayout("portrait").height]).toEqual([360, 640]);
    expect([mapLayout("landscape").width, mapLayout("landscape").height]).toEqual([720, 540]);
  });

  it.each([["portrait", 360, 640], ["portrait", 480, 800], ["landscape", 720, 540], ["landscape", 960, 600]] as const)(
    "keeps the %s map (%i × %i) and both archipelagos inside the SVG",
    (name, width, height) => {
      const layout = mapLayout(name, { width, height });
      const frame = { x: 0, y: 0, width, height };
      for (const f of layerFeatures(topology, "provinces", { archipelagos: false })) {
        for (const p of points(f.geometry)) expect(inside(layout.mainland(p)!, frame)).toBe(true);
      }
      for (const f of archipelagoFeatures(topology)) {
        for (const p of points(f.geometry)) expect(inside(layout.archipelagos[f.id].projection(p)!, frame)).toBe(true);
      }
    },
  );

  it("puts the portrait insets over open sea, clear of every province, each holding its islands", () => {
    const layout = mapLayout("portrait");
    const frames = Object.values(layout.archipelagos).map((a) => a.frame!);
    for (const f of layerFeatures(topology, "provinces", { archipelagos: false })) {
      for (const p of points(f.geometry)) for (const frame of frames) expect(inside(layout.mainland(p)!, frame)).toBe(false);
    }
    for (const f of archipelagoFeatures(topology)) {
      const panel = layout.archipelagos[f.id];
      for (const p of points(f.geometry)) expect(inside(panel.projection(p)!, panel.frame!)).toBe(true);
    }
  });

  it("adds zoomed panels only when asked: the deltas in a row below the mainland, Đà Nẵng over Laos", () => {
    expect(mapLayout("portrait").zooms).toEqual([]);
    const layout = mapLayout("portrait", { zoom: true });
    expect(layout.zooms.map((z) => z.id)).toEqual(["red-river", "mekong", "da-nang"]);
    expect(layout.height).toBeGreaterThan(640);
    const svg = { x: 0, y: 0, width: layout.width, height: layout.height };
    for (const { frame } of layout.zooms) {
      for (const corner of [[frame.x, frame.y], [frame.x + frame.width, frame.y + frame.height]] as [number, number][]) expect(inside(corner, svg)).toBe(true);
    }
    const frames = [...layout.zooms.map((z) => z.frame), ...Object.values(layout.archipelagos).map((a) => a.frame!)];
    for (const f of layerFeatures(topology, "provinces", { archipelagos: false })) {
      for (const p of points(f.geometry)) for (const frame of frames) expect(inside(layout.mainland(p)!, frame)).toBe(false);
    }
    for (const [i, a] of frames.entries()) for (const b of frames.slice(i + 1)) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
  });

  it("draws the archipelagos in place on the landscape map, east of Đà Nẵng and of Khánh Hòa", () => {
    const layout = mapLayout("landscape");
    expect(layout.archipelagos["hoang-sa"].frame).toBeNull();
    expect(layout.archipelagos["hoang-sa"].projection).toBe(layout.mainland);
    const [daNangX] = layout.mainland([108.2, 16.05])!;
    const [paracelX] = layout.mainland([111.6, 16.5])!;
    expect(paracelX).toBeGreaterThan(daNangX);
  });
});
