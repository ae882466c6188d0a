/** A table as CSV for spreadsheets: UTF-8 with a byte-order mark, comma, CRLF, RFC 4180 quoting. */
import Papa from "papaparse";
import type { Cell, Table } from "./types.ts";

const bom = "\uFEFF";

function text(cell: Cell): string {
  return cell === null ? "" : String(cell);
}

/** tableCsv(table) → bytes of "\uFEFFyear,count\r\n2018,49\r\n"; the BOM lets Excel read Vietnamese letters. */
export function tableCsv(table: Table): Uint8Array {
  const fields = table.schema.fields.map((f) => f.name);
  const body = Papa.unparse({ fields, data: table.rows.map((row) => fields.map((name) => text(row[name] ?? null))) }, { newline: "\r\n" });
  return new TextEncoder().encode(`${bom}${body}\r\n`);
}
