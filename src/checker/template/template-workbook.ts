/**
 * The data entry template published under /files/: an instructions sheet, then one sheet per table of
 * datapackage.json holding today's rows, with the header row frozen and locked, each column formatted
 * as its field's type, and drop-down lists for codes (enumerations and the codes of other sheets).
 */
import ExcelJS from "exceljs";
import type { PackageDescriptor } from "../../data/schema.ts";
import { datasetKeyOf } from "../../data/to-dataset.ts";
import type { Dataset } from "../../data/types.ts";
import { neutralise } from "../../downloads/formula-safety.ts";
import { rezip } from "../../downloads/formats.ts";
import { dataResources, resourceStem } from "../data-resources.ts";
import { fieldValidation, numberFormat, type Validation } from "./field-format.ts";
import { addInstructions } from "./instructions-sheet.ts";
import { columnLetter } from "../../data/validate/columns.ts";

/** Rows below today's data that carry the formats and drop-down lists. */
export const SPARE_ROWS = 1000;

/** templatePath({ name: "moit-…" }) → "/files/moit-…-template.xlsx": a stable address, like the other downloads. */
export function templatePath(descriptor: { name?: string }): string {
  return `/files/${descriptor.name ?? "data"}-template.xlsx`;
}

interface DataValidations {
  add(range: string, validation: Validation): void;
}

/** A day of a date field as Excel keeps it: midnight UTC. */
const asCell = (value: unknown, type: string): ExcelJS.CellValue => {
  if (value === null || value === undefined) return null;
  if (type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return neutralise(value as string | number) as ExcelJS.CellValue;
};

/** templateWorkbook(descriptor, dataset, about) → the XLSX bytes; equal input gives equal bytes. */
export async function templateWorkbook(descriptor: PackageDescriptor, dataset: Dataset, about: { version: string; date: string; checkerUrl: string }): Promise<Uint8Array> {
  const data = dataResources(descriptor);
  const book = new ExcelJS.Workbook();
  const when = new Date(`${about.date || "1980-01-01"}T00:00:00Z`);
  book.created = when;
  book.modified = when;
  addInstructions(book, data, about);
  for (const resource of data.resources) {
    const sheet = book.addWorksheet(resourceStem(resource), { views: [{ state: "frozen", ySplit: 1 }] });
    const fields = resource.schema.fields;
    const rows = dataset[datasetKeyOf(resource)] as unknown as Record<string, unknown>[];
    const lastRow = rows.length + 1 + SPARE_ROWS;
    fields.forEach((field, i) => {
      const column = sheet.getColumn(i + 1);
      column.numFmt = numberFormat(field);
      column.protection = { locked: false };
      column.width = Math.min(50, Math.max(12, field.name.length + 4, ...rows.slice(0, 200).map((row) => String(row[field.name] ?? "").length + 2)));
    });
    const header = sheet.addRow(fields.map((field) => field.name));
    header.font = { bold: true };
    header.eachCell((cell) => (cell.protection = { locked: true }));
    for (const row of rows) sheet.addRow(fields.map((field) => asCell(row[field.name], field.type)));
    const validations = (sheet as unknown as { dataValidations: DataValidations }).dataValidations;
    fields.forEach((field, i) => validations.add(`${columnLetter(i)}2:${columnLetter(i)}${lastRow}`, fieldValidation(data, resource, field, lastRow)));
    // Locks the header row only: every other cell is unlocked, and rows may be inserted, deleted and sorted. No password.
    await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatCells: true, formatColumns: true, formatRows: true, insertRows: true, deleteRows: true, sort: true, autoFilter: true });
  }
  const buffer = await book.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  return rezip(new Uint8Array(buffer as ArrayBuffer), about.date);
}
