/** The shape rules work on: a resource's rows with typed, normalised values. */
import type { ResourceDescriptor } from "../schema.ts";
import type { ParamValue, ProblemCode } from "../problem.ts";

export type CellValue = string | number | null;

export interface CheckedRow {
  row: number;
  /** Normalised values by field name: trimmed text, numbers, ISO dates; null when empty or invalid. */
  values: Record<string, CellValue>;
  /** Cell text as written, by field name. */
  raw: Record<string, string>;
}

export interface CheckedTable {
  resource: ResourceDescriptor;
  file: string;
  rows: CheckedRow[];
  /** "row:field" of every cell that already has a problem, so later rules do not repeat it. */
  bad: Set<string>;
}

/** Checked tables by resource name; a resource whose file is missing or unreadable is absent. */
export type Tables = Map<string, CheckedTable>;

/** What a cell rule found: a code and the parameters its message needs. */
export interface CellIssue {
  code: ProblemCode;
  params?: Record<string, ParamValue>;
}

/** The field's values in a row, as text for keys: ["2018-ADV", "79"]. */
export function keyOf(row: CheckedRow, fields: string[]): string[] {
  return fields.map((field) => String(row.values[field] ?? ""));
}
