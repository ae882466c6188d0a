import type { ClassScale } from "./scales.ts";
import type { Lang } from "../i18n/format.ts";

/** What the map colours by: officials trained so far, or the year a unit was first reached. */
export type Measure = "officials" | "firstYear";

/** Which map is shown: the 63 provinces before 1 July 2025 or the 34 units after. */
export type LayerName = "provinces" | "units";

export const MEASURES: readonly Measure[] = ["officials", "firstYear"];
export const LAYERS: readonly LayerName[] = ["provinces", "units"];

/** One province or unit: officials[i] is the cumulative count by the end of years[i]. */
export interface MapEntry {
  name: string;
  href: string;
  officials: number[];
  firstYear: number | null;
}

/** Page texts; {n}, {year}, {measure} and {layer} are placeholders. */
export interface MapText {
  year: string;
  officials: string;
  firstYear: string;
  notYet: string;
  status: string;
  layerProvinces: string;
  layerUnits: string;
  measureOfficials: string;
  measureFirstYear: string;
  legendNoValue: string;
}

/** The JSON the build writes into <script type="application/json" data-map-data>. */
export interface MapData {
  lang: Lang;
  years: number[];
  layers: Record<LayerName, Record<string, MapEntry>>;
  scales: Record<Measure, ClassScale>;
  text: MapText;
}

/** Parses the map's JSON; throws when the build wrote something that is not map data. */
export function parseMapData(json: string): MapData {
  const data = JSON.parse(json) as Partial<MapData>;
  const missing = (["years", "layers", "scales", "text"] as const).filter((key) => !data[key]);
  if (missing.length > 0 || !Array.isArray(data.years) || data.years.length === 0) {
    throw new Error(`data-map-data: missing or empty ${missing.join(", ") || "years"}`);
  }
  return { ...data, lang: data.lang === "en" ? "en" : "vi" } as MapData;
}
