/** Refuses cells a spreadsheet would run as a formula (=, +, -, @ first), except plain numbers in numeric fields. */
import type { FieldDescriptor } from "../schema.ts";
import { isPlainNumber } from "../values/parse-number.ts";
import type { CellIssue } from "./table.ts";

/** cellFormula(notesField, "=1+1") → { code: "formula-like", params: { first: "=" } }. */
export function cellFormula(field: FieldDescriptor, text: string): CellIssue | null {
  const first = text.charAt(0);
  if (!"=+-@".includes(first) || text === "") return null;
  const numeric = field.type === "integer" || field.type === "number";
  if (numeric && isPlainNumber(text)) return null;
  return { code: "formula-like", params: { first } };
}
