/** One XLSX workbook of every table, after a bilingual README sheet, written row by row with ExcelJS's streaming writer. */
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { BuildInfo } from "../site/site-data.ts";
import { filePath } from "./paths.ts";
import { licence } from "./metadata.ts";
import { text } from "./metadata.ts";
import { neutralise } from "./formula-safety.ts";
import { rezip } from "./formats.ts";
import type { DataPackageDescriptor, Table } from "./types.ts";

/** Name of the first sheet; Excel allows 31 characters and no ":\/?*[]". */
export const readmeSheetName = "Giới thiệu - README";

type Book = ExcelJS.stream.xlsx.WorkbookWriter;

async function addReadme(book: Book, tables: readonly Table[], descriptor: DataPackageDescriptor, build: BuildInfo): Promise<void> {
  const sheet = book.addWorksheet(readmeSheetName);
  sheet.columns = [{ width: 28 }, { width: 40 }, { width: 40 }, { width: 40 }, { width: 40 }];
  let first = true;
  const line = (...cells: (string | number)[]) => {
    const row = sheet.addRow(cells.map((c) => neutralise(c)));
    if (first) row.font = { bold: true, size: 14 };
    first = false;
    return row;
  };
  line(descriptor.title ?? descriptor.name ?? "");
  line(descriptor.description ?? "");
  line(text("downloads.workbook.version", "vi"), text("downloads.workbook.version", "en"), build.dataVersion);
  line(text("downloads.workbook.date", "vi"), text("downloads.workbook.date", "en"), build.dataDate);
  line(text("downloads.workbook.licence", "vi"), text("downloads.workbook.licence", "en"), `${licence.title} (${licence.name}) ${licence.path}`);
  line(text("downloads.workbook.web", "vi"), text("downloads.workbook.web", "en"), build.baseUrl);
  for (const source of descriptor.sources ?? []) line(text("downloads.workbook.source", "vi"), text("downloads.workbook.source", "en"), source.title, source.path ?? "");
  sheet.addRow([]).commit();
  const header = line(
    text("downloads.workbook.sheet", "vi"),
    text("downloads.workbook.titleVi", "vi"),
    text("downloads.workbook.titleEn", "en"),
    text("downloads.workbook.rows", "vi"),
    text("downloads.workbook.csv", "vi"),
  );
  header.font = { bold: true };
  for (const table of tables) line(table.name, table.title_vi, table.title_en, table.rows.length, build.baseUrl + filePath(table.name, "csv"));
  await sheet.commit();
}

async function addTable(book: Book, table: Table): Promise<void> {
  const sheet = book.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
  const fields = table.schema.fields.map((f) => f.name);
  sheet.columns = fields.map((name) => ({ width: Math.min(60, Math.max(10, name.length + 2)) }));
  const header = sheet.addRow(fields);
  header.font = { bold: true };
  header.commit();
  // Cells are already neutralised (downloadTables); strings stay strings, numbers and booleans keep their type.
  for (const row of table.rows) sheet.addRow(fields.map((name) => row[name] ?? null)).commit();
  await sheet.commit();
}

/** ExcelJS packs without compressing: rezip compresses once, with fixed times (one deflate instead of deflate, inflate, deflate). */
const STORED = { store: true };

/** The workbook's bytes; its times are the data date, so equal input gives equal bytes. */
export async function workbook(tables: readonly Table[], descriptor: DataPackageDescriptor, build: BuildInfo): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk), done()) });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true, zip: STORED });
  const when = new Date(`${build.dataDate || "1980-01-01"}T00:00:00Z`);
  book.creator = text("downloads.publisher", "vi");
  book.lastModifiedBy = book.creator;
  book.created = when;
  book.modified = when;
  await addReadme(book, tables, descriptor, build);
  for (const table of tables) await addTable(book, table);
  await book.commit();
  return rezip(new Uint8Array(Buffer.concat(chunks)), build.dataDate);
}
