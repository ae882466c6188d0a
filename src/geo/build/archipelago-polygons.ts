import { geoCentroid } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { archipelagoBoxes, inBox, type ArchipelagoId } from "../bounds.ts";
import type { PolygonRings } from "./province-polygons.ts";

/**
 * Island polygons of Hoàng Sa and Trường Sa from world-atlas countries-10m, chosen by box only.
 * Natural Earth files the Paracels under China and the Spratlys under "Spratly Is."; the owner
 * features, their names and ids are discarded here, so none of that attribution is carried over.
 */
export function archipelagoPolygons(world: Topology): Record<ArchipelagoId, PolygonRings[]> {
  const countries = world.objects["countries"];
  if (!countries) throw new Error("countries-10m.json has no object 'countries'");
  const collection = feature(world, countries) as GeoJSON.FeatureCollection;
  const found: Record<ArchipelagoId, PolygonRings[]> = { "hoang-sa": [], "truong-sa": [] };
  for (const f of collection.features) {
    const g = f.geometry;
    const polygons = g?.type === "Polygon" ? [g.coordinates] : g?.type === "MultiPolygon" ? g.coordinates : [];
    for (const rings of polygons) {
      const centroid = geoCentroid({ type: "Polygon", coordinates: rings });
      for (const id of Object.keys(found) as ArchipelagoId[]) {
        if (inBox(archipelagoBoxes[id], centroid)) found[id].push(rings);
      }
    }
  }
  for (const [id, polygons] of Object.entries(found)) {
    if (polygons.length === 0) throw new Error(`no island found in the box of ${id}`);
  }
  return found;
}
