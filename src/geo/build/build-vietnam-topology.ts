import { bbox, mergeArcs } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryCollection, MultiPolygon, Topology } from "topojson-specification";
import { inBox, archipelagoBoxes, type ArchipelagoId } from "../bounds.ts";
import type { Place } from "../places.ts";
import { archipelagoPolygons } from "./archipelago-polygons.ts";
import { borderCorrections } from "./border-corrections.ts";
import { dropFlatRings, selfIntersectingRings } from "./degenerate-rings.ts";
import { namedIslands } from "./island-symbols.ts";
import { moveBorders } from "./move-borders.ts";
import { provincePolygons, type PolygonRings } from "./province-polygons.ts";
import { simplifyKeepingIslands } from "./simplify-islands.ts";

/** The inputs of the build, already parsed: two Natural Earth topologies, the two province lists and the ground truth. */
export interface GeoSources {
  readonly admin1: Topology;
  readonly world: Topology;
  readonly provinces: readonly { code: string; name_vi: string; code_2025: string }[];
  readonly units: readonly { code: string; name_vi: string }[];
  readonly places: readonly Place[];
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

const multiPolygon = (coordinates: PolygonRings[]): GeoJSON.MultiPolygon => ({ type: "MultiPolygon", coordinates });

/** The seat of each 2025 unit from places.csv: its names and the 63-province code it lies in. */
function seats(places: readonly Place[]): Map<string, { seat_vi: string; seat_en: string; seat_in: string }> {
  return new Map(places.filter((p) => p.kind === "seat").map((p) => [p.unit_code, { seat_vi: p.name_vi, seat_en: p.name_en, seat_in: p.province_code }]));
}

/**
 * Builds data/geo/vietnam.topo.json: `provinces` (63, id = GSO code), `units` (34, merged by code_2025,
 * with their seats), `archipelagos` (Hoàng Sa → 48, Trường Sa → 56) and `islands` (those of places.csv),
 * whose polygons are also polygons of their province, sharing its arcs.
 */
export function buildVietnamTopology(sources: GeoSources): Topology {
  const polygons = moveBorders(provincePolygons(sources.admin1), borderCorrections);
  const ids = Object.keys(archipelagoOwners) as ArchipelagoId[];
  const archipelagos = archipelagoPolygons(sources.world);
  const ownerOf = (id: ArchipelagoId) => archipelagoOwners[id].belongs_to;
  const named = namedIslands(sources.places, (place) =>
    place.archipelago ? archipelagos[place.archipelago] : (polygons.get(place.province_code) ?? []),
  );
  for (const island of named.filter((i) => i.symbol)) {
    const id = island.place.archipelago ?? ids.find((a) => inBox(archipelagoBoxes[a], [island.place.lon, island.place.lat]));
    if (id) archipelagos[id].push(island.polygon);
    else polygons.get(island.place.province_code)!.push(island.polygon);
  }
  for (const island of named) {
    const owner = island.place.archipelago ? ownerOf(island.place.archipelago) : island.place.province_code;
    if (owner !== island.place.province_code) throw new Error(`${island.place.name_vi}: places.csv gives ${island.place.province_code}, its archipelago belongs to ${owner}`);
  }

  const provinces: GeoJSON.FeatureCollection = {
    type: "FeatureCollection",
    features: sources.provinces.map(({ code, name_vi, code_2025 }) => {
      const own = polygons.get(code);
      if (!own) throw new Error(`province ${code} of provinces.csv has no geometry`);
      const attached = ids.filter((id) => ownerOf(id) === code).flatMap((id) => archipelagos[id]);
      return { type: "Feature", id: code, properties: { code, name_vi, code_2025 }, geometry: multiPolygon([...own, ...attached]) };
    }),
  };
  const archipelagoFeatures: GeoJSON.FeatureCollection = {
    type: "FeatureCollection",
    features: ids.map((id) => {
      const { belongs_to, ...names } = archipelagoOwners[id];
      const code_2025 = sources.provinces.find((p) => p.code === belongs_to)?.code_2025 ?? belongs_to;
      return { type: "Feature", id, properties: { ...names, belongs_to, belongs_to_2025: code_2025 }, geometry: multiPolygon(archipelagos[id]) };
    }),
  };
  const islands: GeoJSON.FeatureCollection = {
    type: "FeatureCollection",
    features: named.map(({ place, polygon }) => ({
      type: "Feature",
      properties: { name_vi: place.name_vi, name_en: place.name_en, belongs_to: place.province_code, belongs_to_2025: place.unit_code },
      geometry: multiPolygon([polygon]),
    })),
  };

  const raw = topology({ provinces, archipelagos: archipelagoFeatures, islands }) as unknown as Topology;
  const simplified = simplifyKeepingIslands(raw, arcsOf(raw.objects["archipelagos"] as GeometryCollection), arcsOf(raw.objects["islands"] as GeometryCollection));
  const topo = dropFlatRings(simplified);
  const crossing = selfIntersectingRings(topo, ["provinces"]);
  if (crossing.length) throw new Error(`the simplified map has rings that cross themselves:\n${crossing.join("\n")}`);

  const provinceObject = topo.objects["provinces"] as GeometryCollection;
  const seatOf = seats(sources.places);
  const units: GeometryCollection = {
    type: "GeometryCollection",
    geometries: sources.units.map(({ code, name_vi }) => {
      const members = provinceObject.geometries.filter((g) => (g.properties as { code_2025?: string } | undefined)?.code_2025 === code);
      if (members.length === 0) throw new Error(`unit ${code} of provinces-2025.csv has no province`);
      const seat = seatOf.get(code);
      if (!seat) throw new Error(`unit ${code} of provinces-2025.csv has no seat in places.csv`);
      const merged = mergeArcs(topo, members as MultiPolygon[]);
      return { type: "MultiPolygon", arcs: merged.arcs, id: code, properties: { code, name_vi, ...seat } };
    }),
  };
  return {
    type: "Topology",
    bbox: bbox(topo).map((v) => Math.round(v * 1e4) / 1e4) as [number, number, number, number],
    transform: topo.transform!,
    objects: { provinces: provinceObject, units, archipelagos: topo.objects["archipelagos"]!, islands: topo.objects["islands"]! },
    arcs: topo.arcs,
  };
}

/** The committed text of data/geo/vietnam.topo.json: compact JSON and a final newline. */
export function vietnamTopologyJson(sources: GeoSources): string {
  return `${JSON.stringify(buildVietnamTopology(sources))}\n`;
}
