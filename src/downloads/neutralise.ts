/**
 * Formula injection: a spreadsheet runs a text cell that starts with =, +, -, @, a tab or a carriage
 * return. Text cells that start so are published with an apostrophe in front (the OWASP advice,
 * and what spreadsheets themselves show for "text that looks like a formula"), in every format, so
 * CSV, JSON and XLSX hold the same value. Numbers, negative ones included, stay numbers.
 */
import { isPlainNumber } from "../data/values/parse-number.ts";
import type { Cell, Row } from "./types.ts";

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
