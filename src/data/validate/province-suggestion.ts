/** "Did you mean": the province code meant by a name ("Ha Noi", "TP. Hồ Chí Minh") or a one-digit code ("1"). */
import { foldText } from "../../text/fold.ts";
import type { CheckedRow } from "./table.ts";

export interface ProvinceSuggestion {
  code: string;
  name_vi: string;
  name_en: string;
}

/** Lower case, no diacritics, no spaces or punctuation, no "thành phố"/"TP."/"tỉnh" in front or "city" after. */
export function squashName(text: string): string {
  return foldText(text).replace(/^(thanh pho|tp|tinh) /, "").replace(/ city$/, "").replace(/ /g, "");
}

/** The squashed names of each province, computed once per table: a file may hold thousands of unknown codes. */
const squashedNames = new WeakMap<CheckedRow[], string[][]>();

function namesOf(provinces: CheckedRow[]): string[][] {
  let names = squashedNames.get(provinces);
  if (!names) {
    names = provinces.map(({ values }) => [values.name_vi, values.name_en].map((name) => squashName(String(name ?? ""))));
    squashedNames.set(provinces, names);
  }
  return names;
}

/** provinceSuggestion("hà nội", provinces) → { code: "01", name_vi: "Hà Nội", name_en: "Ha Noi" }. */
export function provinceSuggestion(text: string, provinces: CheckedRow[]): ProvinceSuggestion | null {
  const wanted = /^\d$/.test(text) ? null : squashName(text);
  const names = wanted === null ? [] : namesOf(provinces);
  const match = provinces.find(({ values }, i) => (wanted === null ? values.code === `0${text}` : wanted !== "" && names[i]!.includes(wanted)));
  if (!match) return null;
  const { code, name_vi, name_en } = match.values;
  return { code: String(code), name_vi: String(name_vi), name_en: String(name_en) };
}
