/** A data problem as a value: what is wrong, where, and what the message needs to explain it. */

export type Severity = "error" | "warning";

export type ProblemCode =
  | "missing-file"
  | "not-utf8"
  | "empty-file"
  | "no-rows"
  | "unmatched-quote"
  | "wrong-cell-count"
  | "missing-column"
  | "missing-optional-column"
  | "unknown-column"
  | "duplicate-column"
  | "trimmed-spaces"
  | "formula-like"
  | "missing-value"
  | "not-an-integer"
  | "not-a-number"
  | "not-a-date"
  | "impossible-date"
  | "not-a-full-date"
  | "not-in-enum"
  | "enum-label"
  | "pattern-mismatch"
  | "below-minimum"
  | "above-maximum"
  | "duplicate-value"
  | "duplicate-key"
  | "unknown-reference"
  | "unknown-province"
  | "missing-source"
  | "end-before-start"
  | "session-outside-course-year"
  | "course-id-year-mismatch"
  | "course-id-programme-mismatch"
  | "trainees-mismatch"
  | "province-count"
  | "unit-count"
  | "unit-without-province"
  | "fact-mismatch";

export type ParamValue = string | number | null;

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Display path, e.g. "data/participants.csv". */
  file: string;
  /** Spreadsheet row: the header is row 1, or row 2 after a `sep=` line. */
  row: number | null;
  column: string | null;
  /** The raw cell with invisible characters made visible (see visible()). */
  value: string | null;
  params: Record<string, ParamValue>;
}

/** Builds a problem; location and value default to null, params to {}. */
export function problem(
  code: ProblemCode,
  severity: Severity,
  file: string,
  where: { row?: number | null; column?: string | null; value?: string | null } = {},
  params: Record<string, ParamValue> = {},
): Problem {
  return {
    code,
    severity,
    file,
    row: where.row ?? null,
    column: where.column ?? null,
    value: where.value ?? null,
    params,
  };
}
