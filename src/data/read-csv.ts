/** Decodes and parses one CSV file as Excel saves it, reporting what makes it unreadable. */
import Papa from "papaparse";
import { decodeUtf8 } from "./decode-utf8.ts";
import { detectDelimiter, type Delimiter } from "./detect-delimiter.ts";
import { problem, type Problem } from "./problem.ts";

export interface CsvRow {
  /** Spreadsheet row number as Excel shows it: header = 1, also after a `sep=` line, which Excel hides. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  /** Column names as written, trailing blank ones dropped. */
  header: string[];
  headerRow: number;
  delimiter: Delimiter;
  /** Data rows, blank rows left out. */
  rows: CsvRow[];
}

export interface ReadCsvResult {
  table: CsvTable | null;
  problems: Problem[];
}

// A row of only separators, of either kind, is what Excel leaves after cleared cells.
const isBlank = (cells: string[]) => cells.every((cell) => /^[\s,;]*$/.test(cell));

/** readCsv(bytes, "data/courses.csv") → the table, or null with the problem that stopped reading. */
export function readCsv(bytes: Uint8Array, file = "data.csv"): ReadCsvResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return refuse(problem("not-utf8", "error", file, { row: decoded.line }));
  const { delimiter, body, headerRow } = detectDelimiter(decoded.text);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const quote = parsed.errors.find((error) => error.code === "MissingQuotes" || error.code === "InvalidQuotes");
  if (quote) return refuse(problem("unmatched-quote", "error", file, { row: headerRow + (quote.row ?? 0) }));

  const [first = [], ...records] = parsed.data;
  if (isBlank(first) && records.every(isBlank)) return refuse(problem("empty-file", "error", file));
  const header = first.slice(0, lastFilled(first) + 1);
  const problems: Problem[] = [];
  const rows: CsvRow[] = [];
  records.forEach((cells, index) => {
    const row = headerRow + 1 + index;
    if (isBlank(cells)) return;
    // Excel pads every row to the width of the header it saved, blank header cells included.
    if (cells.length < header.length || cells.length > first.length || !isBlank(cells.slice(header.length))) {
      problems.push(problem("wrong-cell-count", "error", file, { row }, { found: cells.length, expected: header.length }));
      return;
    }
    rows.push({ row, cells: cells.slice(0, header.length) });
  });
  if (rows.length === 0 && problems.length === 0) problems.push(problem("no-rows", "error", file, { row: headerRow }));
  return { table: { header, headerRow, delimiter, rows }, problems };
}

function refuse(reason: Problem): ReadCsvResult {
  return { table: null, problems: [reason] };
}

function lastFilled(cells: string[]): number {
  for (let index = cells.length - 1; index >= 0; index--) if ((cells[index] ?? "").trim() !== "") return index;
  return -1;
}
