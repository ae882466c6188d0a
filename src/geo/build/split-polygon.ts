import { feature, mergeArcs } from "topojson-client";
import { topology } from "topojson-server";
import type { MultiPolygon, Topology } from "topojson-specification";
import { ringArea, ringContains, ringSelfIntersections, type Ring } from "../rings.ts";
import type { PolygonRings } from "./province-polygons.ts";

/** How far (in degrees) a documented end of a line may lie from the source vertex it names. */
export const snapTolerance = 0.02;

const key = (p: readonly number[]) => `${p[0]},${p[1]}`;

/** The index of the vertex of an outer ring nearest to `point`, if it is within snapTolerance. */
export function nearestVertex(ring: Ring, point: readonly number[]): number | null {
  let best: number | null = null, bestDistance = snapTolerance;
  for (let i = 0; i < ring.length - 1; i++) {
    const d = Math.hypot(ring[i]![0]! - point[0]!, ring[i]![1]! - point[1]!);
    if (d <= bestDistance) [best, bestDistance] = [i, d];
  }
  return best;
}

/** The two chains of a closed ring between vertex a and vertex b, each following the ring's direction. */
export function chains(ring: Ring, a: number, b: number): [number[][], number[][]] {
  const n = ring.length - 1;
  const walk = (from: number, to: number) => {
    const out: number[][] = [];
    for (let i = from; ; i = (i + 1) % n) {
      out.push([...ring[i]!]);
      if (i === to) return out;
    }
  };
  return [walk(a, b), walk(b, a)];
}

/**
 * Cuts a polygon without holes along `line`, whose ends are two of its outer ring's vertices and whose
 * inner points are new: returns the two parts, each ring in the original winding. Throws when the line
 * leaves the polygon or crosses itself (the parts' areas would not add up, or a ring would not be simple).
 */
export function splitPolygon(rings: PolygonRings, line: readonly (readonly number[])[]): [PolygonRings, PolygonRings] {
  if (rings.length !== 1) throw new Error("splitPolygon: the polygon has holes");
  const outer = rings[0]!;
  const a = nearestVertex(outer, line[0]!), b = nearestVertex(outer, line.at(-1)!);
  if (a === null || b === null || a === b) throw new Error(`splitPolygon: the line's ends ${key(line[0]!)} and ${key(line.at(-1)!)} are not two vertices of the ring`);
  const inner = line.slice(1, -1).map((p) => [...p]);
  const [ab, ba] = chains(outer, a, b);
  const first = [...ab, ...[...inner].reverse(), ab[0]!];
  const second = [...ba, ...inner, ba[0]!];
  for (const part of [first, second]) {
    if (ringSelfIntersections(part).length) throw new Error(`splitPolygon: the line from ${key(line[0]!)} crosses the ring`);
  }
  const total = Math.abs(ringArea(outer));
  if (Math.abs(Math.abs(ringArea(first)) + Math.abs(ringArea(second)) - total) > total * 1e-9) {
    throw new Error(`splitPolygon: the line from ${key(line[0]!)} leaves the polygon`);
  }
  return [[first], [second]];
}

/** The polygon that holds `point`, by its outer ring (planar), or -1. */
export function polygonAt(polygons: readonly PolygonRings[], point: readonly number[]): number {
  return polygons.findIndex((rings) => ringContains(rings[0]!, point));
}

/**
 * Merges polygons that share edges, exactly: the shared edges must have identical vertices, as a
 * border cut by splitPolygon has. Uses topojson's mergeArcs on an unquantised topology, so no
 * coordinate changes.
 */
export function mergePolygons(polygons: readonly PolygonRings[]): PolygonRings[] {
  const geometry: GeoJSON.MultiPolygon = { type: "MultiPolygon", coordinates: polygons as number[][][][] };
  const topo = topology({ p: geometry as GeoJSON.GeoJsonObject }) as unknown as Topology;
  const merged = mergeArcs(topo, [topo.objects["p"] as MultiPolygon]);
  return (feature(topo, merged) as unknown as GeoJSON.Feature<GeoJSON.MultiPolygon>).geometry.coordinates;
}
