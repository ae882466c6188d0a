import { quantize } from "topojson-client";
import { filter, presimplify, simplify } from "topojson-simplify";
import type { Objects, Topology } from "topojson-specification";

/**
 * Planar weights in square degrees (1e-4 deg² ≈ 1.2 km² at 10–20°N): points whose triangle is below
 * minPointWeight go; islands below minRingArea go; islands below smallIsland keep all their points so
 * that Lý Sơn or Bạch Long Vĩ do not collapse to a line.
 */
export const simplification = { minPointWeight: 4e-4, minRingArea: 1.2e-4, smallIsland: 2.5e-3, quantization: 1e4 } as const;

// topojson-simplify's declarations want Objects<{}>; topojson-server's say Objects<GeoJsonProperties>.
type Working = Topology<Objects<{}>>;

function ringArea(points: readonly number[][]): number {
  let sum = 0;
  for (let i = 1; i < points.length; ++i) sum += points[i - 1]![0]! * points[i]![1]! - points[i]![0]! * points[i - 1]![1]!;
  return Math.abs(sum / 2);
}

/**
 * Simplifies and quantises an unquantised topology. Islands (rings of one unshared closed arc) are judged
 * by their full-resolution area; the arcs in `keep` (the archipelagos) are never simplified nor dropped,
 * and those in `named` (the islands of data/geo/places.csv) are never dropped.
 */
export function simplifyKeepingIslands(input: Topology, keep: ReadonlySet<number>, named: ReadonlySet<number> = new Set()): Topology {
  const topo = presimplify(input as Working);
  const dropped = new Set<number>();
  topo.arcs.forEach((arc, i) => {
    const closed = arc[0]![0] === arc.at(-1)![0] && arc[0]![1] === arc.at(-1)![1];
    if (!closed) return;
    const area = ringArea(arc);
    if (keep.has(i) || ((area >= simplification.minRingArea || named.has(i)) && area < simplification.smallIsland)) {
      for (const point of arc) point[2] = Infinity;
    } else if (area < simplification.minRingArea) dropped.add(i);
  });
  // topojson-simplify passes each ring as arc indexes (its type declarations say positions).
  const kept = (ring: unknown) => !(ring as number[]).every((a) => dropped.has(a < 0 ? ~a : a));
  const simplified = filter(simplify(topo, simplification.minPointWeight), kept) as Working;
  return quantize(simplified, simplification.quantization) as Topology;
}
