/** A table as JSON: an array of records, keys in the schema's order, empty cells as null. */
import type { Table } from "./types.ts";

/** tableJson(table) → bytes of '[\n  { "year": 2018, "count": 49 }\n]\n' (indented by two spaces). */
export function tableJson(table: Table): Uint8Array {
  const fields = table.schema.fields.map((f) => f.name);
  const records = table.rows.map((row) => Object.fromEntries(fields.map((name) => [name, row[name] ?? null])));
  return new TextEncoder().encode(`${JSON.stringify(records, null, 2)}\n`);
}
