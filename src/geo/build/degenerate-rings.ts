import { feature } from "topojson-client";
import { filter } from "topojson-simplify";
import type { Objects, Polygon, Topology } from "topojson-specification";
import { ringArea, ringSelfIntersections } from "../rings.ts";

/** The decoded [lon, lat] positions of a ring given as arc indexes. */
export function ringPositions(topology: Topology, ring: readonly number[]): number[][] {
  const polygon: Polygon = { type: "Polygon", arcs: [ring as number[]] };
  return (feature(topology, polygon) as unknown as GeoJSON.Feature<GeoJSON.Polygon>).geometry.coordinates[0]!;
}

/**
 * Removes the rings that quantisation has flattened to no area (an islet narrower than the grid), with
 * their unused arcs. Holes go alone; an outer ring takes its polygon with it.
 */
export function dropFlatRings(topology: Topology): Topology {
  const kept = (ring: unknown) => ringArea(ringPositions(topology, ring as number[])) !== 0;
  return filter(topology as Topology<Objects<{}>>, kept) as Topology;
}

/** Every ring of the named objects that crosses or touches itself, described for an error message. */
export function selfIntersectingRings(topology: Topology, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    const object = topology.objects[name];
    const geometries = object?.type === "GeometryCollection" ? object.geometries : [];
    for (const g of geometries) {
      const polygons = g.type === "MultiPolygon" ? g.arcs : g.type === "Polygon" ? [g.arcs] : [];
      for (const rings of polygons) {
        for (const ring of rings) {
          const positions = ringPositions(topology, ring);
          const crossings = ringSelfIntersections(positions);
          if (crossings.length) found.push(`${name} ${g.id}: ring crosses itself near ${positions[crossings[0]![1]]!.map((v) => v.toFixed(3)).join(", ")}`);
        }
      }
    }
  }
  return found;
}
