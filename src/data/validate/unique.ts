/** Fields with the "unique" constraint hold each value once (a one-field primary key is left to primaryKey). */
import { problem, type Problem } from "../problem.ts";
import { visible } from "../visible.ts";
import type { CheckedTable } from "./table.ts";

/** unique(table) → a problem for each repeated value, naming the row where it first appears. */
export function unique(table: CheckedTable): Problem[] {
  const { fields, primaryKey = [] } = table.resource.schema;
  const problems: Problem[] = [];
  for (const field of fields) {
    if (!field.constraints?.unique || (primaryKey.length === 1 && primaryKey[0] === field.name)) continue;
    const first = new Map<string, number>();
    for (const { row, values, raw } of table.rows) {
      const value = values[field.name];
      if (value === null || value === undefined) continue;
      const seen = first.get(String(value));
      if (seen === undefined) first.set(String(value), row);
      else {
        const where = { row, column: field.name, value: visible(raw[field.name] ?? "") };
        problems.push(problem("duplicate-value", "error", table.file, where, { first: seen }));
      }
    }
  }
  return problems;
}
