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
