/** Every foreign key points at an existing row; province codes get a "did you mean". */
import { problem, type Problem } from "../problem.ts";
import { visible } from "../visible.ts";
import { provinceSuggestion } from "./province-suggestion.ts";
import { keyOf, type CheckedTable, type Tables } from "./table.ts";

/** foreignKeys(table, tables) → a problem per reference to a missing row; skipped when the other file is unreadable. */
export function foreignKeys(table: CheckedTable, tables: Tables): Problem[] {
  const problems: Problem[] = [];
  for (const { fields, reference } of table.resource.schema.foreignKeys ?? []) {
    const target = tables.get(reference.resource);
    if (!target) continue;
    const known = new Set(target.rows.map((row) => keyOf(row, reference.fields).join("\u001f")));
    const column = fields.join(", ");
    for (const row of table.rows) {
      if (fields.some((field) => row.values[field] === null || table.bad.has(`${row.row}:${field}`))) continue;
      const key = keyOf(row, fields).join("\u001f");
      if (known.has(key)) continue;
      fields.forEach((field) => table.bad.add(`${row.row}:${field}`));
      const value = visible(fields.map((field) => row.raw[field] ?? "").join(", "));
      const where = { row: row.row, column, value };
      if (reference.resource === "provinces" && fields.length === 1) {
        const suggestion = provinceSuggestion(key, target.rows);
        const example = target.rows[0]?.values ?? {};
        const params = {
          suggestion: suggestion?.code ?? null,
          suggestion_vi: suggestion?.name_vi ?? null,
          suggestion_en: suggestion?.name_en ?? null,
          by_name: suggestion && !/^\d+$/.test(key) ? 1 : 0,
          example: String(example.code ?? "01"),
          example_vi: String(example.name_vi ?? "Hà Nội"),
          example_en: String(example.name_en ?? "Ha Noi"),
          reference_file: target.resource.path,
        };
        problems.push(problem("unknown-province", "error", table.file, where, params));
      } else {
        const params = { reference_file: target.resource.path, reference_column: reference.fields.join(", ") };
        problems.push(problem("unknown-reference", "error", table.file, where, params));
      }
    }
  }
  return problems;
}
