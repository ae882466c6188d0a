/** The template's first sheet: how to use it, then every sheet and column with its kind, allowed values and meaning, Vietnamese then English. */
import type ExcelJS from "exceljs";
import type { PackageDescriptor } from "../../data/schema.ts";
import { describeField, isRequired } from "../../data/schema.ts";
import { neutralise } from "../../downloads/formula-safety.ts";
import { resourceStem } from "../data-resources.ts";
import { text } from "../texts.ts";
import { allowedValues, fieldKind } from "./field-format.ts";

/** Name of the first sheet; Excel allows 31 characters and no ":\\/?*[]". */
export const instructionsSheetName = "Hướng dẫn - Instructions";

const STEPS = ["step1", "step2", "step3", "step4", "step5", "step6"];

/** addInstructions(book, descriptor, { version, date, checkerUrl }) adds the sheet. */
export function addInstructions(book: ExcelJS.Workbook, descriptor: PackageDescriptor, about: { version: string; date: string; checkerUrl: string }): void {
  const sheet = book.addWorksheet(instructionsSheetName);
  const line = (...cells: (string | number)[]) => sheet.addRow(cells.map((c) => neutralise(c)));
  const t = (key: string, lang: "vi" | "en", params?: Record<string, string | number>) => text(`checker.template.${key}`, lang, params);
  for (const lang of ["vi", "en"] as const) {
    line(t("title", lang)).font = { bold: true, size: 14 };
    line(t("version", lang, { version: about.version, date: about.date }));
    line(t("stepsHeading", lang)).font = { bold: true };
    for (const step of STEPS) line(t(step, lang, { url: about.checkerUrl }));
    sheet.addRow([]);
  }
  line(`${t("sheetsHeading", "vi")} / ${t("sheetsHeading", "en")}`).font = { bold: true };
  const columns = ["colSheet", "colColumn", "colRequired", "colKind", "colAllowed", "colDescription"] as const;
  line(...columns.map((key) => t(key, "vi")), t("colDescription", "en")).font = { bold: true };
  for (const resource of descriptor.resources) {
    for (const field of resource.schema.fields) {
      line(
        resourceStem(resource),
        field.name,
        `${t(isRequired(field) ? "yes" : "no", "vi")} / ${t(isRequired(field) ? "yes" : "no", "en")}`,
        `${fieldKind(field, "vi")} / ${fieldKind(field, "en")}`,
        allowedValues(descriptor, resource, field, "vi"),
        describeField(field, "vi"),
        describeField(field, "en"),
      );
    }
  }
  sheet.getColumn(1).width = 24;
  for (const i of [2, 3, 4, 5]) sheet.getColumn(i).width = 22;
  sheet.getColumn(6).width = 60;
  sheet.getColumn(7).width = 60;
  sheet.getColumn(1).alignment = { wrapText: false, vertical: "top" };
}
