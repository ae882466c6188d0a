import { bbox, mergeArcs } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryCollection, MultiPolygon, Topology } from "topojson-specification";
import type { ArchipelagoId } from "../bounds.ts";
import { archipelagoPolygons } from "./archipelago-polygons.ts";
import { provincePolygons } from "./province-polygons.ts";
import { simplifyKeepingIslands } from "./simplify-islands.ts";

/** The inputs of the build, already parsed: two Natural Earth topologies and the two province lists. */
export interface GeoSources {
  readonly admin1: Topology;
  readonly world: Topology;
  readonly provinces: readonly { code: string; name_vi: string; code_2025: string }[];
  readonly units: readonly { code: string; name_vi: string }[];
}


const archipelagoOwners: Record<ArchipelagoId, { name_vi: string; name_en: string; belongs_to: string }> = {
  "hoang-sa": { name_vi: "Quần đảo Hoàng Sa", name_en: "Hoàng Sa (Paracel) archipelago", belongs_to: "48" },
  "truong-sa": { name_vi: "Quần đảo Trường Sa", name_en: "Trường Sa (Spratly) archipelago", belongs_to: "56" },
};

function arcsOf(collection: GeometryCollection): Set<number> {
  const arcs = new Set<number>();
  for (const g of collection.geometries) {
    if (g.type === "MultiPolygon") for (const p of g.arcs) for (const r of p) for (const a of r) arcs.add(a < 0 ? ~a : a);
  }
  return arcs;
}

/**
 * Builds data/geo/vietnam.topo.json: `provinces` (63, id = GSO code), `units` (34, merged by code_2025)
 * and `archipelagos` (Hoàng Sa → 48, Trường Sa → 56), whose islands are also polygons of their owner.
 */
export function buildVietnamTopology(sources: GeoSources): Topology {
  const polygons = provincePolygons(sources.admin1);
  const islands = archipelagoPolygons(sources.world);
  const ids = Object.keys(archipelagoOwners) as ArchipelagoId[];
  const provinces: GeoJSON.FeatureCollection = {
    type: "FeatureCollection",
    features: sources.provinces.map(({ code, name_vi, code_2025 }) => {
      const own = polygons.get(code);
      if (!own) throw new Error(`province ${code} of provinces.csv has no geometry`);
      const attached = ids.filter((id) => archipelagoOwners[id].belongs_to === code).flatMap((id) => islands[id]);
      const geometry: GeoJSON.MultiPolygon = { type: "MultiPolygon", coordinates: [...own, ...attached] };
      return { type: "Feature", id: code, properties: { code, name_vi, code_2025 }, geometry };
    }),
  };
  const archipelagos: GeoJSON.FeatureCollection = {
    type: "FeatureCollection",
    features: ids.map((id) => {
      const { belongs_to, ...names } = archipelagoOwners[id];
      const code_2025 = sources.provinces.find((p) => p.code === belongs_to)?.code_2025 ?? belongs_to;
      const properties = { ...names, belongs_to, belongs_to_2025: code_2025 };
      return { type: "Feature", id, properties, geometry: { type: "MultiPolygon", coordinates: islands[id] } };
    }),
  };

  const raw = topology({ provinces, archipelagos }) as unknown as Topology;
  const topo = simplifyKeepingIslands(raw, arcsOf(raw.objects["archipelagos"] as GeometryCollection));

  const provinceObject = topo.objects["provinces"] as GeometryCollection;
  const units: GeometryCollection = {
    type: "GeometryCollection",
    geometries: sources.units.map(({ code, name_vi }) => {
      const members = provinceObject.geometries.filter((g) => (g.properties as { code_2025?: string } | undefined)?.code_2025 === code);
      if (members.length === 0) throw new Error(`unit ${code} of provinces-2025.csv has no province`);
      const merged = mergeArcs(topo, members as MultiPolygon[]);
      return { type: "MultiPolygon", arcs: merged.arcs, id: code, properties: { code, name_vi } };
    }),
  };
  return {
    type: "Topology",
    bbox: bbox(topo).map((v) => Math.round(v * 1e4) / 1e4) as [number, number, number, number],
    transform: topo.transform!,
    objects: { provinces: provinceObject, units, archipelagos: topo.objects["archipelagos"]! },
    arcs: topo.arcs,
  };
}

/** The committed text of data/geo/vietnam.topo.json: compact JSON and a final newline. */
export function vietnamTopologyJson(sources: GeoSources): string {
  return `${JSON.stringify(buildVietnamTopology(sources))}\n`;
}
