/** Where a spreadsheet row and cell of a CSV file sit in its text: the line and character column an editor shows. */
import Papa from "papaparse";
import { decodeUtf8 } from "../data/decode-utf8.ts";
import { detectDelimiter } from "../data/detect-delimiter.ts";

export interface TextLocation {
  line: number;
  /** 1-based character column of the cell's first character; null when the cell is not in the row. */
  col: number | null;
}

/** The start of every record, quotes respected: a quoted cell may hold separators and line breaks. */
function recordStarts(body: string): number[] {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || (char === "\r" && body[i + 1] !== "\n"))) starts.push(i + 1);
  }
  return starts;
}

/** The offsets of each cell in the record starting at `start`. */
function cellStarts(body: string, start: number, delimiter: string): number[] {
  const cells = [start];
  let quoted = false;
  for (let i = start; i < body.length; i++) {
    const char = body[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) cells.push(i + 1);
    else if (!quoted && (char === "\n" || char === "\r")) break;
  }
  return cells;
}

/**
 * csvLocator(bytes) → locate(row, column): the line of a spreadsheet row (header = row 1, a hidden `sep=`
 * line counted) and the character column of the cell under that header name; null for bytes that are not
 * UTF-8 or a row past the end.
 */
export function csvLocator(bytes: Uint8Array): ((row: number, column: string | null) => TextLocation | null) | null {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return null;
  const text = decoded.text.replace(/^\uFEFF/, "");
  const { delimiter, body, headerRow } = detectDelimiter(text);
  const linesBefore = text.slice(0, text.length - body.length).split("\n").length - 1;
  let starts: number[] | null = null;
  let breaks: number[] | null = null;
  /** 1-based line of an offset of the body: the line breaks before it, found by bisection. */
  const lineAt = (offset: number) => {
    breaks ??= [...body.matchAll(/\n/g)].map((m) => m.index);
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (breaks[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return linesBefore + low + 1;
  };
  const header = (Papa.parse<string[]>(body, { delimiter, preview: 1 }).data[0] ?? []).map((name) => name.trim());
  return (row, column) => {
    const cell = column === null || !header.includes(column) ? null : header.indexOf(column);
    starts ??= recordStarts(body);
    const start = starts[row - headerRow];
    if (start === undefined || start >= body.length) return null;
    const offset = cell === null ? undefined : cellStarts(body, start, delimiter)[cell];
    if (offset === undefined) return { line: lineAt(start), col: null };
    return { line: lineAt(offset), col: offset - (body.lastIndexOf("\n", offset - 1) + 1) + 1 };
  };
}
