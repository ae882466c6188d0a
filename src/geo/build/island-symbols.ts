import { geoDistance } from "d3-geo";
import type { Place } from "../places.ts";
import { ringContains } from "../rings.ts";
import type { PolygonRings } from "./province-polygons.ts";

/** Earth's mean radius in km (IUGG), to turn d3-geo's radians into kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * How far a named island may lie from the source polygon that draws it: Natural Earth's 1:10m islets
 * are placed to within about this distance. An island with no polygon this close gets a symbol.
 */
export const islandMatchKm = 3;

/** Radius of the hexagon drawn for an island that no source has: a symbol, several times its true size. */
export const islandSymbolKm = 0.6;

/** Distance in km from a [lon, lat] point to a polygon: 0 inside, else to its nearest outer-ring vertex. */
export function distanceKm(rings: PolygonRings, point: readonly [number, number]): number {
  if (ringContains(rings[0]!, point)) return 0;
  let best = Infinity;
  for (const p of rings[0]!) best = Math.min(best, geoDistance(p as [number, number], point as [number, number]) * EARTH_RADIUS_KM);
  return best;
}

/** A hexagon of radius islandSymbolKm centred on the island, clockwise as d3-geo expects of an outer ring. */
export function islandSymbol(place: Place): PolygonRings {
  const dLat = islandSymbolKm / 111.32;
  const dLon = dLat / Math.cos((place.lat * Math.PI) / 180);
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  const ring = Array.from({ length: 6 }, (_, i) => {
    const angle = (-i * Math.PI) / 3;
    return [round(place.lon + dLon * Math.cos(angle)), round(place.lat + dLat * Math.sin(angle))];
  });
  return [[...ring, ring[0]!]];
}

/** The polygon that draws each named island, and whether it is a symbol made here. */
export interface NamedIsland {
  place: Place;
  polygon: PolygonRings;
  symbol: boolean;
}

/**
 * Matches each island of places.csv to the nearest candidate polygon within islandMatchKm, nearest pairs
 * first and each polygon at most once; an island left without one gets a symbol. Candidates are the
 * polygons of the island's own province (archipelago islands included), so a match can never cross a border.
 */
export function namedIslands(places: readonly Place[], candidates: (place: Place) => readonly PolygonRings[]): NamedIsland[] {
  const islands = places.filter((p) => p.kind === "island");
  const pairs = islands.flatMap((place, i) =>
    candidates(place).map((polygon) => ({ i, polygon, d: distanceKm(polygon, [place.lon, place.lat]) })),
  );
  pairs.sort((a, b) => a.d - b.d || a.i - b.i);
  const found = new Map<number, PolygonRings>();
  const used = new Set<PolygonRings>();
  for (const { i, polygon, d } of pairs) {
    if (d > islandMatchKm || found.has(i) || used.has(polygon)) continue;
    found.set(i, polygon);
    used.add(polygon);
  }
  return islands.map((place, i) => {
    const polygon = found.get(i);
    return polygon ? { place, polygon, symbol: false } : { place, polygon: islandSymbol(place), symbol: true };
  });
}
