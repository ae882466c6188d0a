import { isPlainNumber } from "../data/values/parse-number.ts";
import type { Cell, DownloadFile, Row } from "./types.ts";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";

/**
 * Formula injection: a spreadsheet runs a text cell that starts with =, +, -, @, a tab or a carriage
 * return. Text cells that start so are published with an apostrophe in front (the OWASP advice,
 * and what spreadsheets themselves show for "text that looks like a formula"), in every format, so
 * CSV, JSON and XLSX hold the same value. Numbers, negative ones included, stay numbers.
 */

const risky = /^[=+\-@\t\r]/;

/** True when the text would start a formula; a plain number such as "-5" is not one. */
export function looksLikeFormula(text: string): boolean {
  return risky.test(text) && !isPlainNumber(text);
}

/** neutralise("=1+1") → "'=1+1"; neutralise(-5) → -5; neutralise("Hà Nội") → "Hà Nội". */
export function neutralise(cell: Cell): Cell {
  return typeof cell === "string" && risky.test(cell) ? `'${cell}` : cell;
}

/** The row with every text cell neutralised. */
export function neutraliseRow(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, neutralise(cell)]));
}

/**
 * The last check before the build writes /files/: reads every table back out of its CSV, JSON, XLSX
 * and ZIP bytes and throws if any text cell would run as a formula (see neutralise.ts). XLSX sheets
 * must also hold no formula element at all.
 */

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : e === "amp" ? "&" : String.fromCodePoint(Number(e.startsWith("#x") ? `0x${e.slice(2)}` : e.slice(1))),
  );

function csvCells(text: string): string[] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data.flat();
}

function jsonCells(text: string): string[] {
  const records = JSON.parse(text) as unknown;
  if (!Array.isArray(records)) return [];
  return records.flatMap((r) => Object.values(r as Record<string, unknown>)).filter((v): v is string => typeof v === "string");
}

function xlsxCells(bytes: Uint8Array, where: string, problems: string[]): string[] {
  const parts = unzipSync(bytes);
  const cells: string[] = [];
  for (const [name, part] of Object.entries(parts)) {
    if (!/^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/.test(name)) continue;
    const xml = strFromU8(part);
    if (/<f[\s>/]/.test(xml)) problems.push(`${where} ${name}: formula element`);
    for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) cells.push(decodeXml(m[1] ?? ""));
  }
  return cells;
}

const sameBytes = (a: Uint8Array, b: Uint8Array | undefined) => b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

/** The text cells of a file; an archive's entry that is byte for byte a file already read is not read again. */
function cellsOf(name: string, bytes: Uint8Array, where: string, problems: string[], checked: ReadonlyMap<string, Uint8Array>): string[] {
  if (name.endsWith(".csv")) return csvCells(strFromU8(bytes));
  if (name.endsWith(".xlsx")) return xlsxCells(bytes, where, problems);
  if (name.endsWith(".zip")) {
    return Object.entries(unzipSync(bytes)).flatMap(([entry, inner]) =>
      sameBytes(inner, checked.get(entry)) ? [] : cellsOf(entry, inner, `${where} → ${entry}`, problems, checked),
    );
  }
  // JSON tables only: metadata files (datapackage.json, catalog.jsonld) hold patterns, not cells.
  if (name.endsWith(".json") && name !== "datapackage.json") return jsonCells(strFromU8(bytes));
  return [];
}

/** Throws an Error naming each file and cell that starts like a formula; returns nothing when all are safe. */
export function assertNoFormulas(files: readonly DownloadFile[]): void {
  const problems: string[] = [];
  const checked = new Map(files.map((f) => [f.path.slice(f.path.lastIndexOf("/") + 1), f.bytes]));
  for (const file of files) {
    for (const cell of cellsOf(file.path.slice(file.path.lastIndexOf("/") + 1), file.bytes, file.path, problems, checked)) {
      if (looksLikeFormula(cell)) problems.push(`${file.path}: ${JSON.stringify(cell)}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Ô có thể chạy như công thức / Cells that would run as formulas:\n  ${problems.slice(0, 20).join("\n  ")}${problems.length > 20 ? `\n  … ${problems.length - 20}` : ""}`);
  }
}
