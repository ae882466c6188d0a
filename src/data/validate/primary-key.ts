/** No two rows share a primary key; the problem names the row of the first occurrence. */
import { problem, type Problem } from "../problem.ts";
import { keyOf, type CheckedTable } from "./table.ts";

/** Joins key parts for messages; the unit separator cannot be typed in a spreadsheet cell. */
export const keySeparator = "\u001f";

/** primaryKey(table) → one duplicate-key problem per repeated key. */
export function primaryKey(table: CheckedTable): Problem[] {
  const fields = table.resource.schema.primaryKey ?? [];
  if (fields.length === 0) return [];
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  for (const row of table.rows) {
    if (fields.some((field) => table.bad.has(`${row.row}:${field}`))) continue;
    const key = keyOf(row, fields).join(keySeparator);
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, row.row);
      continue;
    }
    const column = fields.length === 1 ? fields[0] : null;
    const params = { first: seen, fields: fields.join(keySeparator), values: key };
    problems.push(problem("duplicate-key", "error", table.file, { row: row.row, column, value: column ? key : null }, params));
  }
  return problems;
}
