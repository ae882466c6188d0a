import { ringContains, ringSelfIntersections } from "../rings.ts";
import type { PolygonRings } from "./province-polygons.ts";
import { chains, mergePolygons, nearestVertex, polygonAt, splitPolygon } from "./split-polygon.ts";

/** A [lon, lat] position, in degrees. */
export type LonLat = readonly [number, number];

/**
 * Land moved from one province to its neighbour: the part of `from` cut off by `line` that holds
 * `marker` joins `to`. The line runs from one vertex of `from`'s outline to another (its ends are
 * snapped to the nearest source vertex); its inner points are new and documented.
 */
export interface BorderMove {
  readonly kind: "border";
  readonly from: string;
  readonly to: string;
  readonly line: readonly LonLat[];
  readonly marker: LonLat;
  readonly what: string;
  readonly source: string;
}

/**
 * A stretch of coast redrawn: the part of `province`'s outline between the line's two ends that borders
 * no other province is replaced by the line, so that `marker` lies on land.
 */
export interface CoastMove {
  readonly kind: "coast";
  readonly province: string;
  readonly line: readonly LonLat[];
  readonly marker: LonLat;
  readonly what: string;
  readonly source: string;
}

function moveBorder(byCode: Map<string, PolygonRings[]>, move: BorderMove): void {
  const from = byCode.get(move.from)!, to = byCode.get(move.to)!;
  const index = from.findIndex((rings) => nearestVertex(rings[0]!, move.line[0]!) !== null && nearestVertex(rings[0]!, move.line.at(-1)!) !== null);
  if (index < 0) throw new Error(`${move.what}: the line's ends are not on the outline of ${move.from}`);
  const parts = splitPolygon(from[index]!, move.line);
  const moved = polygonAt(parts, move.marker);
  if (moved < 0) throw new Error(`${move.what}: ${move.marker} is in neither part of ${move.from}`);
  from[index] = parts[1 - moved]!;
  const merged = mergePolygons([...to, parts[moved]!]);
  if (merged.length !== to.length) throw new Error(`${move.what}: the land moved does not border ${move.to}`);
  byCode.set(move.to, merged);
}

function moveCoast(byCode: Map<string, PolygonRings[]>, move: CoastMove): void {
  const polygons = byCode.get(move.province)!;
  const shared = new Set([...byCode].filter(([code]) => code !== move.province).flatMap(([, ps]) => ps.flat(2).map((p) => `${p[0]},${p[1]}`)));
  const index = polygons.findIndex((rings) => nearestVertex(rings[0]!, move.line[0]!) !== null && nearestVertex(rings[0]!, move.line.at(-1)!) !== null);
  if (index < 0) throw new Error(`${move.what}: the line's ends are not on the outline of ${move.province}`);
  const outer = polygons[index]![0]!;
  const a = nearestVertex(outer, move.line[0]!)!, b = nearestVertex(outer, move.line.at(-1)!)!;
  const inner = move.line.slice(1, -1).map((p) => [...p]);
  for (const [code, others] of byCode) {
    if (code !== move.province && inner.some((p) => polygonAt(others, p) >= 0)) throw new Error(`${move.what}: the new coast enters ${code}`);
  }
  // Keep the chain that holds the borders with neighbours; replace the one that is coast only.
  const [ab, ba] = chains(outer, a, b);
  const coastOnly = (chain: number[][]) => chain.slice(1, -1).every((p) => !shared.has(`${p[0]},${p[1]}`));
  if (coastOnly(ab) === coastOnly(ba)) throw new Error(`${move.what}: cannot tell the coast from the borders between the line's ends`);
  const ring = coastOnly(ab) ? [...ba, ...inner, ba[0]!] : [...ab, ...[...inner].reverse(), ab[0]!];
  if (ringSelfIntersections(ring).length) throw new Error(`${move.what}: the new coast crosses the outline`);
  if (!ringContains(ring, move.marker)) throw new Error(`${move.what}: ${move.marker} is still off the coast`);
  polygons[index] = [ring, ...polygons[index]!.slice(1)];
}

/** Applies the moves in order to the polygons of each province (changed in place) and returns them. */
export function moveBorders(byCode: Map<string, PolygonRings[]>, moves: readonly (BorderMove | CoastMove)[]): Map<string, PolygonRings[]> {
  for (const move of moves) {
    if (move.kind === "border") moveBorder(byCode, move);
    else moveCoast(byCode, move);
  }
  return byCode;
}
