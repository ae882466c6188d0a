/** Runs every cell rule over a table and returns its typed rows with the problems found. */
import { describeField, isRequired, type ResourceDescriptor } from "../schema.ts";
import { problem, type Problem } from "../problem.ts";
import type { CsvTable } from "../read-csv.ts";
import { visible } from "../visible.ts";
import { cellConstraints } from "./cell-constraints.ts";
import { cellFormula } from "./cell-formula.ts";
import { cellType } from "./cell-type.ts";
import type { CellIssue, CellValue, CheckedTable } from "./table.ts";

const trimmed = (text: string) => text.replace(/^[\s\u200B]+|[\s\u200B]+$/g, "");

/** checkCells(resource, table, positions, file, skipPattern) → typed rows, and one problem per bad cell. */
export function checkCells(
  resource: ResourceDescriptor,
  table: CsvTable,
  positions: Map<string, number>,
  file: string,
  skipPattern: Set<string>,
): { checked: CheckedTable; problems: Problem[] } {
  const checked: CheckedTable = { resource, file, rows: [], bad: new Set() };
  const problems: Problem[] = [];
  const spaced = new Map<string, { row: number; raw: string; count: number }>();
  for (const { row, cells } of table.rows) {
    const values: Record<string, CellValue> = {};
    const raw: Record<string, string> = {};
    for (const field of resource.schema.fields) {
      const position = positions.get(field.name);
      const cell = position === undefined ? "" : (cells[position] ?? "");
      const text = trimmed(cell);
      raw[field.name] = cell;
      values[field.name] = null;
      if (text !== cell) {
        const seen = spaced.get(field.name);
        if (seen) seen.count += 1;
        else spaced.set(field.name, { row, raw: cell, count: 1 });
      }
      const issue = cellIssue(field, text, skipPattern.has(field.name), (value) => (values[field.name] = value));
      if (!issue || (position === undefined && issue.code === "missing-value")) continue;
      checked.bad.add(`${row}:${field.name}`);
      problems.push(problem(issue.code, "error", file, { row, column: field.name, value: visible(cell) }, issue.params));
    }
    checked.rows.push({ row, values, raw });
  }
  for (const [column, { row, raw, count }] of spaced) {
    problems.push(problem("trimmed-spaces", "warning", file, { row, column, value: visible(raw) }, { others: count - 1 }));
  }
  return { checked, problems };
}

function cellIssue(
  field: ResourceDescriptor["schema"]["fields"][number],
  text: string,
  skipPattern: boolean,
  keep: (value: CellValue) => void,
): CellIssue | null {
  if (text === "") {
    if (!isRequired(field)) return null;
    return { code: "missing-value", params: { description_vi: describeField(field, "vi"), description_en: describeField(field, "en") } };
  }
  const formula = cellFormula(field, text);
  if (formula) return formula;
  const typed = cellType(field, text);
  if ("issue" in typed) return typed.issue;
  const issue = cellConstraints(field, typed.value, skipPattern);
  if (!issue) keep(typed.value);
  return issue;
}
