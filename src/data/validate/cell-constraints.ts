/** The value constraints of a field: enum, pattern, minimum and maximum. */
import { describeField, type FieldDescriptor } from "../schema.ts";
import { squashName } from "./province-suggestion.ts";
import type { CellIssue, CellValue } from "./table.ts";

/** Checks a typed, non-empty value; skipPattern when a foreign key gives a better message. */
export function cellConstraints(field: FieldDescriptor, value: CellValue, skipPattern: boolean): CellIssue | null {
  const { enum: allowed, pattern, minimum, maximum } = field.constraints ?? {};
  const described = { description_vi: describeField(field, "vi"), description_en: describeField(field, "en") };
  if (allowed && !allowed.includes(String(value))) {
    const lower = String(value).toLowerCase();
    const sameLetters = allowed.find((option) => option.toLowerCase() === lower);
    if (sameLetters) return { code: "not-in-enum", params: { allowed: allowed.join(", "), suggestion: sameLetters } };
    // "Sở Công Thương" typed for "doit": the label of a value, in either language, with or without diacritics.
    const labels = field["x-enumLabels"] ?? {};
    const wanted = squashName(String(value));
    const meant = allowed.find((option) => [labels[option]?.vi, labels[option]?.en].some((label) => label && squashName(label) === wanted));
    if (meant) return { code: "enum-label", params: { allowed: allowed.join(", "), suggestion: meant } };
    return { code: "not-in-enum", params: { allowed: allowed.join(", "), suggestion: null } };
  }
  if (pattern && !skipPattern && !new RegExp(pattern, "u").test(String(value))) {
    return { code: "pattern-mismatch", params: described };
  }
  if (typeof value === "number" && minimum !== undefined && value < minimum) {
    return { code: "below-minimum", params: { minimum, ...described } };
  }
  if (typeof value === "number" && maximum !== undefined && value > maximum) {
    return { code: "above-maximum", params: { maximum, ...described } };
  }
  return null;
}
