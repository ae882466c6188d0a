/** Checks the header row against the schema: missing, unknown and duplicated columns. */
import { describeField, isRequired, type ResourceDescriptor } from "../schema.ts";
import { problem, type Problem } from "../problem.ts";
import type { CsvTable } from "../read-csv.ts";
import { foldText } from "../../text/fold.ts";

export interface ColumnCheck {
  /** Position of each schema field in the file's rows; absent when the column is missing. */
  positions: Map<string, number>;
  problems: Problem[];
}

/** Spreadsheet column letter: 0 → "A", 27 → "AB". */
export function columnLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : columnLetter(Math.floor(index / 26) - 1) + letter;
}

const squash = (name: string) => foldText(name).replace(/ /g, "");

/** columns(resource, table, "data/courses.csv") → where each field is, and the header's problems. */
export function columns(resource: ResourceDescriptor, table: CsvTable, file: string): ColumnCheck {
  const row = table.headerRow;
  const fields = resource.schema.fields;
  const names = table.header.map((name) => name.trim());
  const positions = new Map<string, number>();
  const problems: Problem[] = [];
  names.forEach((name, index) => {
    const first = names.indexOf(name);
    if (name !== "" && first !== index) {
      const params = { first: columnLetter(first), second: columnLetter(index) };
      problems.push(problem("duplicate-column", "error", file, { row, column: name }, params));
    } else if (fields.some((field) => field.name === name)) {
      positions.set(name, index);
    } else {
      const suggestion = fields.find((field) => squash(field.name) === squash(name))?.name ?? null;
      const expected = fields.map((field) => field.name).join(", ");
      const params = { suggestion, expected, letter: columnLetter(index) };
      problems.push(problem("unknown-column", "warning", file, { row, column: name }, params));
    }
  });
  for (const field of fields) {
    if (positions.has(field.name) || names.includes(field.name)) continue;
    const params = { description_vi: describeField(field, "vi"), description_en: describeField(field, "en") };
    const code = isRequired(field) ? "missing-column" : "missing-optional-column";
    problems.push(problem(code, isRequired(field) ? "error" : "warning", file, { row, column: field.name }, params));
  }
  return { positions, problems };
}
