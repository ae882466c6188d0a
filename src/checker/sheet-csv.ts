/** A worksheet's cells as the CSV text Excel would save, so the validator reads a workbook exactly as it reads files. */
import Papa from "papaparse";

/** A cell as read-excel-file gives it. */
export type SheetCell = string | number | boolean | Date | null;

/** A date cell as an ISO day: Excel keeps dates without a time zone, read as UTC. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** cellText(new Date("2018-05-09")) → "2018-05-09"; 30 → "30"; true → "TRUE"; null → "". */
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : isoDay(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** sheetCsv([["id", "year"], ["2018-ADV", 2018]]) → "id,year\n2018-ADV,2018\n": one line per sheet row, every row as wide as the widest. */
export function sheetCsv(rows: readonly (readonly SheetCell[])[]): string {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const data = rows.map((row) => Array.from({ length: width }, (_, i) => cellText(row[i] ?? null)));
  return data.length === 0 ? "" : `${Papa.unparse(data, { newline: "\n" })}\n`;
}
