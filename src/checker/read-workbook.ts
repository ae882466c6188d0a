/** Reads the sheets of an XLSX workbook, in Node and in a browser's worker alike (read-excel-file/universal). */
import readXlsxFile from "read-excel-file/universal";
import type { SheetCell } from "./sheet-csv.ts";

/** One worksheet: its name and its rows of cells, row 1 first. */
export interface WorkbookSheet {
  sheet: string;
  data: SheetCell[][];
}

/** The bytes start like a ZIP archive, as every XLSX file does ("PK\x03\x04"). */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** readWorkbook(bytes) → every sheet with its cells; rejects when the bytes are not a readable workbook. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookSheet[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  return sheets.map((sheet) => ({ sheet: sheet.sheet, data: sheet.data as unknown as SheetCell[][] }));
}
