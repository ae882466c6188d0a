import { colourFor } from "./scales.ts";
import { formatNumber, type Lang } from "../i18n/format.ts";
import { fillTemplate } from "../text/fill.ts";
import type { MapData, MapEntry, Measure } from "./map-data.ts";

/** Cumulative officials by the end of a year: the count of the latest listed year not after it, else 0. */
export function officialsBy(entry: MapEntry, year: number, years: readonly number[]): number {
  let count = 0;
  years.forEach((listed, i) => {
    if (listed <= year) count = entry.officials[i] ?? count;
  });
  return count;
}

/** The value a unit shows for a year: officials so far, or its first year once that year has come (else null). */
export function valueAt(entry: MapEntry, measure: Measure, year: number, years: readonly number[]): number | null {
  if (measure === "officials") return officialsBy(entry, year, years);
  return entry.firstYear !== null && entry.firstYear <= year ? entry.firstYear : null;
}

/** The fill of a unit for a year, exactly as the build colours it (0 and null are NO_VALUE). */
export function colourAt(entry: MapEntry, measure: Measure, year: number, data: Pick<MapData, "years" | "scales">): string {
  return colourFor(valueAt(entry, measure, year, data.years), data.scales[measure]);
}

/** A table cell for a year: { text: "1.234", value: "1234" }; a year not yet reached is { text: "—", value: "" }. */
export function cellAt(
  entry: MapEntry,
  measure: Measure,
  year: number,
  years: readonly number[],
  lang: Lang,
): { text: string; value: string } {
  const value = valueAt(entry, measure, year, years);
  if (value === null) return { text: "—", value: "" };
  return { text: measure === "officials" ? formatNumber(value, lang) : String(value), value: String(value) };
}

/** An area's name with its officials by the end of a year, for its title and accessible name: "Hà Nội: 8 lượt cán bộ". */
export function areaLabel(entry: MapEntry, year: number, data: Pick<MapData, "years" | "text" | "lang">): string {
  const officials = officialsBy(entry, year, data.years);
  return `${entry.name}: ${officials > 0 ? fillTemplate(data.text.officials, { n: formatNumber(officials, data.lang) }) : data.text.notYet}`;
}
