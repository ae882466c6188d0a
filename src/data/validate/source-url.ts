/** A row with status "published" names its source: source_url is required there. */
import { problem, type Problem } from "../problem.ts";
import type { CheckedTable } from "./table.ts";

/** sourceUrl(table) → a missing-source problem for each published row without a source_url. */
export function sourceUrl(table: CheckedTable): Problem[] {
  const names = table.resource.schema.fields.map((field) => field.name);
  if (!names.includes("status") || !names.includes("source_url")) return [];
  return table.rows
    .filter(({ values, raw }) => values.status === "published" && (raw.source_url ?? "").trim() === "")
    .map(({ row, raw }) => problem("missing-source", "error", table.file, { row, column: "source_url", value: raw.source_url ?? "" }));
}
