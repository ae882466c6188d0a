/** One XLSX workbook of every table, after a bilingual README sheet. */
import ExcelJS from "exceljs";
import type { BuildInfo } from "../site/site-data.ts";
import { filePath } from "./file-paths.ts";
import { licence } from "./licence.ts";
import { text } from "./messages.ts";
import { neutralise } from "./neutralise.ts";
import { rezip } from "./zip-archive.ts";
import type { DataPackageDescriptor, Table } from "./types.ts";

/** Name of the first sheet; Excel allows 31 characters and no ":\/?*[]". */
export const readmeSheetName = "Giới thiệu - README";

function addReadme(book: ExcelJS.Workbook, tables: readonly Table[], descriptor: DataPackageDescriptor, build: BuildInfo): void {
  const sheet = book.addWorksheet(readmeSheetName);
  const line = (...cells: (string | number)[]) => sheet.addRow(cells.map((c) => neutralise(c)));
  line(descriptor.title ?? descriptor.name ?? "");
  line(descriptor.description ?? "");
  line(text("downloads.workbook.version", "vi"), text("downloads.workbook.version", "en"), build.dataVersion);
  line(text("downloads.workbook.date", "vi"), text("downloads.workbook.date", "en"), build.dataDate);
  line(text("downloads.workbook.licence", "vi"), text("downloads.workbook.licence", "en"), `${licence.title} (${licence.name}) ${licence.path}`);
  line(text("downloads.workbook.web", "vi"), text("downloads.workbook.web", "en"), build.baseUrl);
  for (const source of descriptor.sources ?? []) line(text("downloads.workbook.source", "vi"), text("downloads.workbook.source", "en"), source.title, source.path ?? "");
  sheet.addRow([]);
  const header = line(
    text("downloads.workbook.sheet", "vi"),
    text("downloads.workbook.titleVi", "vi"),
    text("downloads.workbook.titleEn", "en"),
    text("downloads.workbook.rows", "vi"),
    text("downloads.workbook.csv", "vi"),
  );
  header.font = { bold: true };
  for (const table of tables) line(table.name, table.title_vi, table.title_en, table.rows.length, build.baseUrl + filePath(table.name, "csv"));
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 28 : 40));
}

function addTable(book: ExcelJS.Workbook, table: Table): void {
  const sheet = book.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
  const fields = table.schema.fields.map((f) => f.name);
  sheet.addRow(fields).font = { bold: true };
  // Cells are already neutralised (downloadTables); strings stay strings, numbers and booleans keep their type.
  for (const row of table.rows) sheet.addRow(fields.map((name) => row[name] ?? null));
  sheet.columns.forEach((column, i) => (column.width = Math.min(60, Math.max(10, (fields[i] ?? "").length + 2))));
}

/** The workbook's bytes; its times are the data date, so equal input gives equal bytes. */
export async function workbook(tables: readonly Table[], descriptor: DataPackageDescriptor, build: BuildInfo): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const when = new Date(`${build.dataDate || "1980-01-01"}T00:00:00Z`);
  book.creator = text("downloads.publisher", "vi");
  book.lastModifiedBy = book.creator;
  book.created = when;
  book.modified = when;
  addReadme(book, tables, descriptor, build);
  for (const table of tables) addTable(book, table);
  const buffer = await book.xlsx.writeBuffer();
  return rezip(new Uint8Array(buffer as ArrayBuffer), build.dataDate);
}
