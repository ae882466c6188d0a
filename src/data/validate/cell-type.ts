/** Converts a cell to its field's type: integer, number, date, or a partial date ("x-partialDate"). */
import type { FieldDescriptor } from "../schema.ts";
import { parseDate } from "../values/parse-date.ts";
import { parseInteger, parseNumber } from "../values/parse-number.ts";
import type { CellIssue, CellValue } from "./table.ts";

export type Typed = { value: CellValue } | { issue: CellIssue };

/** cellType(integerField, "12,5") → { issue: { code: "not-an-integer", … } }; cellType(dateField, "09/05/2018") → { value: "2018-05-09" }. */
export function cellType(field: FieldDescriptor, text: string): Typed {
  const partial = field["x-partialDate"] === true;
  if (field.type === "integer") {
    const parsed = parseInteger(text);
    if (parsed.ok) return { value: parsed.value };
    return { issue: { code: "not-an-integer", params: { example: exampleNumber(field), withoutSeparators: parsed.withoutSeparators } } };
  }
  if (field.type === "number") {
    const value = parseNumber(text);
    return value === null ? { issue: { code: "not-a-number" } } : { value };
  }
  if (field.type === "date" || partial) {
    const parsed = parseDate(text, partial);
    if (parsed.ok) return { value: parsed.iso };
    if (parsed.code === "impossible-date") {
      const { day, month, year } = parsed;
      return { issue: { code: "impossible-date", params: { day, month, year } } };
    }
    return { issue: { code: parsed.code, params: { partial: partial ? 1 : 0 } } };
  }
  return { value: text };
}

/** A sensible whole number to show in an example: 3, or the field's minimum when that is larger (2010 for a year). */
function exampleNumber(field: FieldDescriptor): number {
  const { minimum = 3, maximum = Infinity } = field.constraints ?? {};
  return Math.min(Math.max(minimum, 3), maximum);
}
