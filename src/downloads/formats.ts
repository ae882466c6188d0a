/** The file formats of the tables: CSV and JSON with fixed bytes, deterministic ZIP archives, and their SHA-256. */
import Papa from "papaparse";
import type { Cell, Table } from "./types.ts";
import { unzipSync, type Zippable, zipSync } from "fflate";

// A table as CSV for spreadsheets: UTF-8 with a byte-order mark, comma, CRLF, RFC 4180 quoting.

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

// A table as JSON: an array of records, keys in the schema's order, empty cells as null.

/** tableJson(table) → bytes of '[\n  { "year": 2018, "count": 49 }\n]\n' (indented by two spaces). */
export function tableJson(table: Table): Uint8Array {
  const fields = table.schema.fields.map((f) => f.name);
  const records = table.rows.map((row) => Object.fromEntries(fields.map((name) => [name, row[name] ?? null])));
  return new TextEncoder().encode(`${JSON.stringify(records, null, 2)}\n`);
}

// ZIP archives with deterministic bytes: fixed entry order, compression level and modification time.

/**
 * The modification time stamped on every entry: noon of the data date in local time. ZIP stores local
 * date and time, and fflate reads them with local getters, so a local-time Date gives the same bytes in
 * every time zone.
 */
export function zipTime(isoDate: string): Date {
  const [y = 1980, m = 1, d = 1] = isoDate.split("-").map(Number);
  return new Date(Math.max(y, 1980), m - 1, d, 12, 0, 0);
}

/** zipArchive({ "a.csv": bytes }, "2018-05-10") → ZIP bytes, entries in the given order. */
export function zipArchive(entries: Record<string, Uint8Array>, isoDate: string): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(entries)) zippable[name] = bytes;
  return zipSync(zippable, { level: 6, mtime: zipTime(isoDate) });
}

/** Re-packs a ZIP-based file (such as XLSX) with fixed times, so its bytes no longer depend on the clock. */
export function rezip(bytes: Uint8Array, isoDate: string): Uint8Array {
  return zipArchive(unzipSync(bytes), isoDate);
}

// SHA-256 of bytes as lower-case hex, with Web Crypto (Node 20 and browsers).

/** await sha256Hex(new TextEncoder().encode("abc")) → "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad". */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
