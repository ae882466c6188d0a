/** How a column of the template looks and what Excel lets a cell hold, from its field in datapackage.json. */
import type { FieldDescriptor, PackageDescriptor, ResourceDescriptor } from "../../data/schema.ts";
import { columnLetter } from "../../data/validate/columns.ts";
import { resourceStem } from "../data-resources.ts";
import { both, text } from "../texts.ts";

/** What exceljs writes as a data validation. */
export interface Validation {
  type: "list" | "whole" | "decimal" | "textLength";
  formulae: (string | number)[];
  allowBlank: boolean;
  operator?: "between" | "greaterThanOrEqual" | "lessThanOrEqual";
  showErrorMessage: boolean;
  errorStyle: "stop";
  errorTitle: string;
  error: string;
  showInputMessage: boolean;
  promptTitle: string;
  prompt: string;
}

/** Excel's limits: 255 characters for a prompt, an error or an inline list; 32 for their titles. */
const LIMIT = 255;
const clip = (s: string, n = LIMIT) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const pair = (key: string, params: (lang: "vi" | "en") => Record<string, string | number> = () => ({})) => both(key, params).join(" / ");

/** The number format of a column: text for strings (leading zeros and month-only dates stay as typed), whole numbers, numbers, day-first dates. */
export function numberFormat(field: FieldDescriptor): string {
  return { string: "@", integer: "0", number: "General", date: "dd/mm/yyyy" }[field.type];
}

/** The kind of a field in words, for the instructions sheet. */
export function fieldKind(field: FieldDescriptor, lang: "vi" | "en"): string {
  const kind = field["x-partialDate"] ? "partialDate" : { string: "text", integer: "integer", number: "number", date: "date" }[field.type];
  return text(`checker.template.kind.${kind}`, lang);
}

/** A single-field foreign key's referenced column, as an absolute range of its sheet: 'provinces-2025'!$A$2:$A$2000. */
function referenceRange(descriptor: PackageDescriptor, resource: ResourceDescriptor, field: FieldDescriptor, lastRow: number): { range: string; sheet: string; column: string } | null {
  const key = resource.schema.foreignKeys?.find((k) => k.fields.length === 1 && k.fields[0] === field.name);
  const target = key && descriptor.resources.find((r) => r.name === key.reference.resource);
  const index = target?.schema.fields.findIndex((f) => f.name === key!.reference.fields[0]) ?? -1;
  if (!target || index < 0) return null;
  const letter = columnLetter(index);
  const sheet = resourceStem(target);
  return { range: `'${sheet}'!$${letter}$2:$${letter}$${lastRow}`, sheet, column: key!.reference.fields[0]! };
}

/** Excel's longest cell: a free-text column's rule that never refuses, there for its description. */
const LONGEST_CELL = 32767;

/**
 * What Excel checks in a column and the description it shows when a cell is selected: a drop-down list
 * of codes, a number range, or for free text and dates only the description.
 */
export function fieldValidation(descriptor: PackageDescriptor, resource: ResourceDescriptor, field: FieldDescriptor, lastRow: number): Validation {
  const c = field.constraints ?? {};
  const base = {
    allowBlank: c.required !== true,
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: clip(pair("checker.template.errorTitle"), 32),
    showInputMessage: true,
    promptTitle: clip(field.name, 32),
    prompt: clip(field["x-description"]?.vi ?? field.description ?? field.name),
  };
  const inline = c.enum ? `"${c.enum.join(",")}"` : null;
  if (inline && inline.length <= LIMIT) return { ...base, type: "list", formulae: [inline], error: pair("checker.template.errorList") };
  const reference = referenceRange(descriptor, resource, field, lastRow);
  if (reference) return { ...base, type: "list", formulae: [reference.range], error: pair("checker.template.errorList") };
  if (field.type === "integer" || field.type === "number") {
    const type = field.type === "integer" ? "whole" : "decimal";
    const { minimum: min, maximum: max } = c;
    const range = (lang: "vi" | "en") => ({ range: rangeText(min, max, lang) });
    const error = min === undefined && max === undefined ? pair("checker.template.errorAnyNumber") : pair("checker.template.errorNumber", range);
    if (min !== undefined && max !== undefined) return { ...base, type, operator: "between", formulae: [min, max], error };
    if (max !== undefined) return { ...base, type, operator: "lessThanOrEqual", formulae: [max], error };
    return { ...base, type, operator: "greaterThanOrEqual", formulae: [min ?? -1e15], error };
  }
  return { ...base, type: "textLength", operator: "lessThanOrEqual", formulae: [LONGEST_CELL], showErrorMessage: false, error: "" };
}

/** "từ 1 đến 9", "từ 1 trở lên", "không quá 60" (and in English). */
function rangeText(min: number | undefined, max: number | undefined, lang: "vi" | "en"): string {
  if (min !== undefined && max !== undefined) return text("checker.template.between", lang, { min, max });
  return min !== undefined ? text("checker.template.atLeast", lang, { min }) : text("checker.template.atMost", lang, { max: max ?? "" });
}

/** What the instructions sheet says a column allows: the codes, the sheet its codes come from, or the range. */
export function allowedValues(descriptor: PackageDescriptor, resource: ResourceDescriptor, field: FieldDescriptor, lang: "vi" | "en"): string {
  const c = field.constraints ?? {};
  if (c.enum) return c.enum.join(", ");
  const reference = referenceRange(descriptor, resource, field, 2);
  if (reference) return text("checker.template.listFrom", lang, { column: reference.column, sheet: reference.sheet });
  if (c.minimum !== undefined || c.maximum !== undefined) return rangeText(c.minimum, c.maximum, lang);
  return "";
}
