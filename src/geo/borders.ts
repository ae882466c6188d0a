import { feature, meshArcs } from "topojson-client";
import type { GeometryObject, MultiLineString } from "topojson-specification";
import { archipelagoArcs, type MapLayer, type VietnamTopology } from "./topology.ts";

/** Borders shared by two features of the layer, as one line geometry (each border drawn once). */
export function interiorBorders(topology: VietnamTopology, layer: MapLayer): GeoJSON.MultiLineString {
  const object = topology.objects[layer];
  const lines = meshArcs(topology, object, (a: GeometryObject, b: GeometryObject) => a !== b);
  return feature(topology, lines).geometry as GeoJSON.MultiLineString;
}

/** The outer edge of the layer (land border and coast), without the archipelagos' islands. */
export function outerBorder(topology: VietnamTopology, layer: MapLayer): GeoJSON.MultiLineString {
  const islands = archipelagoArcs(topology);
  const lines = meshArcs(topology, topology.objects[layer], (a: GeometryObject, b: GeometryObject) => a === b);
  const kept: MultiLineString = { type: "MultiLineString", arcs: lines.arcs.filter((l) => !islands.has(l[0]! < 0 ? ~l[0]! : l[0]!)) };
  return feature(topology, kept).geometry as GeoJSON.MultiLineString;
}
