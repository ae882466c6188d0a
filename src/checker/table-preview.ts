/** A few rows of a checked file, with the cells that have a problem marked, for the checker page. */
import Papa from "papaparse";
import { decodeUtf8 } from "../data/decode-utf8.ts";
import { detectDelimiter } from "../data/detect-delimiter.ts";
import type { Problem } from "../data/problem.ts";

export interface PreviewRow {
  /** The spreadsheet row: header = 1. */
  row: number;
  cells: string[];
  /** Indexes of the cells with a problem. */
  bad: number[];
  /** The problem is about the whole row (too many or too few cells). */
  badRow: boolean;
}

export interface TablePreview {
  /** How problems name the file: "data/participants.csv". */
  file: string;
  header: PreviewRow;
  rows: PreviewRow[];
  /** Data rows in the file. */
  total: number;
}

const LONG = 80;
const shorten = (cell: string) => (cell.length > LONG ? `${cell.slice(0, LONG - 1)}…` : cell);

/**
 * tablePreview(bytes, file, problems) → the header and the rows the problems name (at most `max`), or the
 * first `first` rows when none do; null when the bytes cannot be read as text.
 */
export function tablePreview(bytes: Uint8Array, file: string, problems: readonly Problem[], options: { max?: number; first?: number } = {}): TablePreview | null {
  const { max = 40, first = 5 } = options;
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return null;
  const { delimiter, body, headerRow } = detectDelimiter(decoded.text);
  const records = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false }).data;
  const names = (records[0] ?? []).map((name) => name.trim());
  const mine = problems.filter((p) => p.file === file);
  const wanted = [...new Set(mine.map((p) => p.row).filter((row): row is number => row !== null && row > headerRow))].sort((a, b) => a - b);
  const rows = (wanted.length ? wanted : Array.from({ length: first }, (_, i) => headerRow + 1 + i)).slice(0, max);
  const make = (row: number): PreviewRow | null => {
    const cells = records[row - headerRow];
    if (!cells) return null;
    const here = mine.filter((p) => p.row === row);
    const at = here.map((p) => (p.column === null ? -1 : names.indexOf(p.column)));
    return { row, cells: cells.map(shorten), bad: [...new Set(at.filter((i) => i >= 0))], badRow: at.includes(-1) };
  };
  return {
    file,
    header: make(headerRow) ?? { row: headerRow, cells: [], bad: [], badRow: false },
    rows: rows.map(make).filter((row): row is PreviewRow => row !== null && !(row.cells.length === 1 && row.cells[0] === "")),
    total: records.slice(1).filter((cells) => cells.some((cell) => cell.trim() !== "")).length,
  };
}
