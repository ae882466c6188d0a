import { formatNumber } from "../i18n/format.ts";
import { fillTemplate } from "../text/fill.ts";
import type { MapData, MapEntry } from "../charts/map-data.ts";
import type { MapState } from "./map-state.ts";
import { officialsBy } from "../charts/year-values.ts";

/** The announcement after a change: "Bản đồ năm 2015: Số cán bộ, 63 tỉnh cũ". */
export function mapStatus(state: MapState, text: MapData["text"]): string {
  return fillTemplate(text.status, {
    year: state.year,
    measure: state.measure === "officials" ? text.measureOfficials : text.measureFirstYear,
    layer: state.layer === "provinces" ? text.layerProvinces : text.layerUnits,
  });
}

/** The tooltip for a unit in a year: its name, then officials and first year, or the not-yet text. */
export function tooltipLines(entry: MapEntry, year: number, data: Pick<MapData, "years" | "text" | "lang">): string[] {
  const officials = officialsBy(entry, year, data.years);
  if (officials === 0 || entry.firstYear === null || entry.firstYear > year) return [entry.name, data.text.notYet];
  return [
    entry.name,
    fillTemplate(data.text.officials, { n: formatNumber(officials, data.lang) }),
    fillTemplate(data.text.firstYear, { year: entry.firstYear }),
  ];
}
