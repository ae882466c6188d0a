import { feature } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Topology } from "topojson-specification";
import type { ArchipelagoId } from "./bounds.ts";

/** The two map layers: the 63 provinces before July 2025, the 34 units since. */
export type MapLayer = "provinces" | "units";

/** Properties of a province (code_2025 is its unit) or of a unit (no code_2025; its seat instead). */
export interface AreaProperties {
  code: string;
  name_vi: string;
  code_2025?: string;
  /** A unit's administrative seat (data/geo/places.csv), in Vietnamese and English. */
  seat_vi?: string;
  seat_en?: string;
  /** The province (63) the unit's seat lies in. */
  seat_in?: string;
}

/** Properties of a named island of data/geo/places.csv: its names and its province and unit. */
export interface IslandProperties {
  name_vi: string;
  name_en: string;
  belongs_to: string;
  belongs_to_2025: string;
}

/** Properties of an archipelago: its names and the province (before 2025) and unit (since) it belongs to. */
export interface ArchipelagoProperties {
  name_vi: string;
  name_en: string;
  belongs_to: string;
  belongs_to_2025: string;
}

/** data/geo/vietnam.topo.json once parsed. */
export type VietnamTopology = Topology<{
  provinces: GeometryCollection<AreaProperties>;
  units: GeometryCollection<AreaProperties>;
  archipelagos: GeometryCollection<ArchipelagoProperties>;
  islands: GeometryCollection<IslandProperties>;
}>;

/** A feature of a layer, with its GSO code as id. */
export type AreaFeature = GeoJSON.Feature<GeoJSON.MultiPolygon, AreaProperties> & { id: string };

/** An archipelago feature, with id "hoang-sa" or "truong-sa". */
export type ArchipelagoFeature = GeoJSON.Feature<GeoJSON.MultiPolygon, ArchipelagoProperties> & { id: ArchipelagoId };

/** Indexes of the arcs that outline the archipelagos' islands. */
export function archipelagoArcs(topology: VietnamTopology): Set<number> {
  const arcs = new Set<number>();
  for (const g of topology.objects.archipelagos.geometries as MultiPolygon[]) {
    for (const polygon of g.arcs) for (const ring of polygon) for (const a of ring) arcs.add(a < 0 ? ~a : a);
  }
  return arcs;
}

/**
 * The features of a layer in file order. With `archipelagos: false` the islands of Hoàng Sa and
 * Trường Sa are left out of Đà Nẵng and Khánh Hòa, for maps that draw them in an inset.
 */
export function layerFeatures(
  topology: VietnamTopology,
  layer: MapLayer,
  { archipelagos = true }: { archipelagos?: boolean } = {},
): AreaFeature[] {
  const islands = archipelagos ? new Set<number>() : archipelagoArcs(topology);
  const isIsland = (polygon: number[][]) => polygon[0]!.every((a) => islands.has(a < 0 ? ~a : a));
  return (topology.objects[layer].geometries as MultiPolygon<AreaProperties>[]).map((g) => {
    const geometry: MultiPolygon<AreaProperties> = { ...g, arcs: g.arcs.filter((p) => !isIsland(p)) };
    return feature(topology, geometry) as unknown as AreaFeature;
  });
}

/** A named island, drawn by one polygon that is also one of its province's. */
export type IslandFeature = GeoJSON.Feature<GeoJSON.MultiPolygon, IslandProperties>;

/** The named islands of data/geo/places.csv, in its order. */
export function islandFeatures(topology: VietnamTopology): IslandFeature[] {
  return (topology.objects.islands.geometries as MultiPolygon<IslandProperties>[]).map((g) => feature(topology, g) as unknown as IslandFeature);
}

/** The two archipelagos as features, Hoàng Sa first. */
export function archipelagoFeatures(topology: VietnamTopology): ArchipelagoFeature[] {
  return (topology.objects.archipelagos.geometries as MultiPolygon<ArchipelagoProperties>[]).map(
    (g) => feature(topology, g) as unknown as ArchipelagoFeature,
  );
}

/** A 2025 unit's administrative seat: its names and the province (63) it lies in. */
export interface UnitSeat {
  seat_vi: string;
  seat_en: string;
  seat_in: string;
}

/** The seat of a 2025 unit as the topology carries it from data/geo/places.csv, or null if it has none. */
export function unitSeat(topology: VietnamTopology, code: string): UnitSeat | null {
  const p = topology.objects.units.geometries.find((g) => g.id === code)?.properties as AreaProperties | undefined;
  return p?.seat_vi && p.seat_en && p.seat_in ? { seat_vi: p.seat_vi, seat_en: p.seat_en, seat_in: p.seat_in } : null;
}
