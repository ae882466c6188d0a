import { LAYERS, MEASURES, type LayerName, type Measure } from "../charts/map-data.ts";

/** The map view a link reproduces: ?year=2015&layer=units&measure=firstYear. */
export interface MapState {
  year: number;
  layer: LayerName;
  measure: Measure;
}

/** Reads the view from a query string or form values; each invalid or missing value keeps the fallback's. */
export function parseMapState(query: string | URLSearchParams, years: readonly number[], fallback: MapState): MapState {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  const year = params.get("year") ?? "";
  const layer = params.get("layer") as LayerName;
  const measure = params.get("measure") as Measure;
  return {
    year: /^\d{4}$/.test(year) && years.includes(Number(year)) ? Number(year) : fallback.year,
    layer: LAYERS.includes(layer) ? layer : fallback.layer,
    measure: MEASURES.includes(measure) ? measure : fallback.measure,
  };
}

/** Writes the view into a query string, keeping its other parameters: → "?year=2015&layer=units&measure=firstYear". */
export function serialiseMapState(state: MapState, query = ""): string {
  const params = new URLSearchParams(query);
  params.set("year", String(state.year));
  params.set("layer", state.layer);
  params.set("measure", state.measure);
  return `?${params.toString()}`;
}
