/** Field descriptors for the aggregated tables, written like those of data/datapackage.json. */
import type { TableField } from "./types.ts";

/** field("year", "integer", "Năm", "Year", { required: true }) → a Table Schema field with "x-description". */
export function field(name: string, type: TableField["type"], vi: string, en: string, constraints?: TableField["constraints"]): TableField {
  return { name, type, description: `${vi} / ${en}`, "x-description": { vi, en }, ...(constraints ? { constraints } : {}) };
}

/** A share or ratio rounded for publication: round(0.77777…, 4) → 0.7778. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The basis column every aggregated table carries: published, derived or sample (see the data dictionary). */
export function basisField(name: string, vi: string, en: string, required = true): TableField {
  return field(
    name,
    "string",
    `${vi}: published (nguồn công bố nêu đúng số này), derived (tính từ các dòng có nguồn), sample (dựa vào dòng dữ liệu mẫu minh họa)`,
    `${en}: published (a published source states this figure), derived (computed from rows with a source), sample (rests on illustrative sample rows)`,
    { required, enum: ["published", "derived", "sample"] },
  );
}
