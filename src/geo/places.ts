import Papa from "papaparse";
import type { ArchipelagoId } from "./bounds.ts";

/** What a row of data/geo/places.csv is: a capital before July 2025, a seat of a 2025 unit, or an island. */
export type PlaceKind = "capital" | "seat" | "island";

/** One row of data/geo/places.csv: a point of the ground truth that the map is checked against. */
export interface Place {
  kind: PlaceKind;
  name_vi: string;
  name_en: string;
  lon: number;
  lat: number;
  /** The province (63, before July 2025) the place lies in. */
  province_code: string;
  /** The unit (34, since July 2025) the place lies in. */
  unit_code: string;
  archipelago: ArchipelagoId | null;
  source: string;
}

/** One row of data/geo/areas.csv: a province's official area, and the part of it no land polygon can show. */
export interface ProvinceArea {
  code: string;
  name_vi: string;
  area_km2: number;
  /** Hoàng Sa and Trường Sa districts: declared areas that count sea and reefs. */
  undrawn_km2: number;
  source: string;
}

const kinds: readonly PlaceKind[] = ["capital", "seat", "island"];

function rows(csv: string, file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  return parsed.data;
}

function number(value: string | undefined, what: string): number {
  const n = Number(value);
  if (value === undefined || value.trim() === "" || !Number.isFinite(n)) throw new Error(`${what}: "${value}" is not a number`);
  return n;
}

/** Parses data/geo/places.csv; throws on an unknown kind, a missing number or a row without a source. */
export function parsePlaces(csv: string): Place[] {
  return rows(csv, "places.csv").map((r, i) => {
    const where = `places.csv row ${i + 2}`;
    if (!kinds.includes(r["kind"] as PlaceKind)) throw new Error(`${where}: unknown kind "${r["kind"]}"`);
    if (!r["source"]?.trim()) throw new Error(`${where}: no source`);
    const archipelago = r["archipelago"] === "hoang-sa" || r["archipelago"] === "truong-sa" ? r["archipelago"] : null;
    return {
      kind: r["kind"] as PlaceKind,
      name_vi: r["name_vi"]!,
      name_en: r["name_en"]!,
      lon: number(r["lon"], where),
      lat: number(r["lat"], where),
      province_code: r["province_code"]!,
      unit_code: r["unit_code"]!,
      archipelago,
      source: r["source"]!,
    };
  });
}

/** Parses data/geo/areas.csv; throws on a missing area or source. */
export function parseProvinceAreas(csv: string): ProvinceArea[] {
  return rows(csv, "areas.csv").map((r, i) => {
    const where = `areas.csv row ${i + 2}`;
    if (!r["source"]?.trim()) throw new Error(`${where}: no source`);
    return {
      code: r["code"]!,
      name_vi: r["name_vi"]!,
      area_km2: number(r["area_km2"], where),
      undrawn_km2: r["undrawn_km2"]?.trim() ? number(r["undrawn_km2"], where) : 0,
      source: r["source"]!,
    };
  });
}
