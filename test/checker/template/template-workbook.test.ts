import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetCsvFiles, readWorkbook, workbookFiles } from "../../../src/checker/index.ts";
import { instructionsSheetName, templatePath, templateWorkbook } from "../../../src/checker/template/index.ts";
import { columnLetter } from "../../../src/data/validate/columns.ts";
import { checkPackage } from "../../../src/pipeline/index.ts";
import { dataFiles, descriptor, newCourseRows, passing } from "../support.ts";

const about = { version: "0.1.0", date: "2026-11-28", checkerUrl: "https://sxsh.example.vn/kiem-tra-du-lieu/" };
const dataset = passing(dataFiles()).dataset;

type Validations = Record<string, { type: string; formulae: unknown[]; operator?: string } | undefined>;
const validationsOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { model: Validations } }).dataValidations.model;

describe("templateWorkbook(descriptor, dataset, about)", () => {
  let bytes: Uint8Array;
  const book = new ExcelJS.Workbook();
  beforeAll(async () => {
    bytes = await templateWorkbook(descriptor, dataset, about);
    await book.xlsx.load(Buffer.from(bytes) as never);
  });

  it("opens as an XLSX workbook: the instructions, then one sheet per table holding today's rows", () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([instructionsSheetName, ...descriptor.resources.map((r) => r.path.replace(/\.csv$/, ""))]);
    for (const resource of descriptor.resources) {
      const sheet = book.getWorksheet(resource.path.replace(/\.csv$/, ""))!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...resource.schema.fields.map((f) => f.name)]);
      expect(sheet.actualRowCount, resource.name).toBe(new TextDecoder().decode(dataFiles()[resource.path]).trimEnd().split("\n").length);
    }
  });

  it("freezes and locks the header row, and leaves every other cell free", () => {
    for (const sheet of book.worksheets.slice(1)) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect((sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection).toMatchObject({ sheet: true, insertRows: true, deleteRows: true });
      expect(sheet.getCell("A1").protection?.locked ?? true).toBe(true);
      expect(sheet.getCell("A2").protection?.locked).toBe(false);
      expect(sheet.getCell("B999").protection?.locked).toBe(false);
    }
  });

  it("has a drop-down list on every column of codes: the allowed values, or the codes of the sheet they refer to", () => {
    let lists = 0;
    for (const resource of descriptor.resources) {
      const sheet = book.getWorksheet(resource.path.replace(/\.csv$/, ""))!;
      const model = validationsOf(sheet);
      resource.schema.fields.forEach((field, i) => {
        const key = resource.schema.foreignKeys?.find((k) => k.fields.length === 1 && k.fields[0] === field.name);
        if (!field.constraints?.enum && !key) return;
        const validation = model[`${columnLetter(i)}2`];
        expect(validation?.type, `${resource.name}.${field.name}`).toBe("list");
        expect(model[`${columnLetter(i)}${sheet.actualRowCount + 900}`]).toEqual(validation);
        const formula = String(validation?.formulae[0]);
        if (field.constraints?.enum) expect(formula).toBe(`"${field.constraints.enum.join(",")}"`);
        else expect(formula).toMatch(new RegExp(`^'${key!.reference.resource}'!\\$A\\$2:\\$A\\$\\d+$`));
        lists += 1;
      });
    }
    expect(lists).toBeGreaterThanOrEqual(10);
  });

  it("describes every column of every table in the message Excel shows when a cell is selected", () => {
    for (const resource of descriptor.resources) {
      const model = validationsOf(book.getWorksheet(resource.path.replace(/\.csv$/, ""))!);
      resource.schema.fields.forEach((field, i) => {
        const validation = model[`${columnLetter(i)}2`] as { showInputMessage?: boolean; promptTitle?: string; prompt?: string } | undefined;
        expect(validation, `${resource.name}.${field.name}`).toMatchObject({ showInputMessage: true, promptTitle: field.name });
        // Excel shows at most 255 characters: a longer description is cut, with an ellipsis.
        const description = field["x-description"]?.vi ?? field.description!;
        expect(validation?.prompt?.length).toBeLessThanOrEqual(255);
        expect(description.startsWith(validation!.prompt!.replace(/…$/, ""))).toBe(true);
      });
    }
  });

  it("formats codes as text, whole numbers as whole numbers and dates as day/month/year, and limits numbers to their range", () => {
    const participants = book.getWorksheet("participants")!;
    expect(participants.getCell("B2").value).toBe(dataset.participants[0]!.province_code);
    expect(participants.getCell("B2").numFmt).toBe("@");
    expect(participants.getCell("D2").numFmt).toBe("0");
    expect(validationsOf(participants)["D2"]).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [1] });
    const facts = book.getWorksheet("published-facts")!;
    expect(facts.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    expect(facts.getCell("C2").value).toEqual(new Date(`${dataset.facts[0]!.as_of}T00:00:00Z`));
    expect(validationsOf(book.getWorksheet("sessions")!)["B2"]).toMatchObject({ type: "whole", operator: "between", formulae: [1, 9] });
  });

  it("explains every column in Vietnamese and English on the instructions sheet", () => {
    const text = book.getWorksheet(instructionsSheetName)!.getSheetValues().flat().join("\n");
    expect(text).toContain("Cách dùng");
    expect(text).toContain("How to use it");
    expect(text).toContain(about.checkerUrl);
    for (const field of descriptor.resources.flatMap((r) => r.schema.fields)) expect(text).toContain(field["x-description"]?.en ?? field.name);
  });

  it("gives the same bytes for the same input", async () => {
    expect(await templateWorkbook(descriptor, dataset, about)).toEqual(bytes);
  });

  it("imports, filled in as an official would, to valid CSV files with the new rows", async () => {
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.load(Buffer.from(bytes) as never);
    for (const [path, rows] of Object.entries(newCourseRows)) {
      const sheet = filled.getWorksheet(path.replace(/\.csv$/, ""))!;
      for (const line of rows.trim().split("\n")) {
        const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, "").replace(/^"|"$/g, "")).slice(0, sheet.columnCount);
        // Excel keeps a number typed in a number column as a number, and text in a text column as text.
        sheet.addRow(cells.map((cell, i) => (cell === "" ? null : sheet.getColumn(i + 1).numFmt === "0" ? Number(cell) : cell)));
      }
    }
    const sheets = await readWorkbook(new Uint8Array(await filled.xlsx.writeBuffer()));
    const files = { ...dataFiles(), ...workbookFiles(descriptor, sheets).files };
    const result = checkPackage(descriptor, files);
    expect(result.problems).toEqual([]);
    const written = datasetCsvFiles(descriptor, result.dataset!);
    expect(written["participants.csv"]).toBe(new TextDecoder().decode(dataFiles()["participants.csv"]) + newCourseRows["participants.csv"]);
    expect(written["sessions.csv"]?.trimEnd().split("\n").at(-1)).toBe("2019-ADV,1,2019-06-12,2019-06-14,Hà Nội,01,3,held,https://example.org/2019,published,");
  });
});

describe("templatePath(descriptor)", () => {
  it("is a stable address under /files/ named after the package", () => {
    expect(templatePath({ name: "moit-cleaner-production-training" })).toBe("/files/moit-cleaner-production-training-template.xlsx");
  });
});
