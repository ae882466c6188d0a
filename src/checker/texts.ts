/** The checker's texts from the site's translation tables (src/i18n/vi.json, en.json), in both languages at once. */
import type { Lang } from "../i18n/format.ts";
import en from "../i18n/en.json" with { type: "json" };
import vi from "../i18n/vi.json" with { type: "json" };
import { translator, type Messages } from "../i18n/translate.ts";

/** A text in Vietnamese and in English, in that order. */
export type Bilingual = [vi: string, en: string];

/** text("checker.changes.rowsNone", "en") → "No row changed."; a missing key throws. */
export const text = translator({ vi: vi as Messages, en: en as Messages }, { strict: true });

/** both("status.met") → ["Đạt", "Met"]; params may differ by language: both(key, (lang) => ({ n: format(n, lang) })). */
export function both(key: string, params: (lang: Lang) => Record<string, string | number> = () => ({})): Bilingual {
  return [text(key, "vi", params("vi")), text(key, "en", params("en"))];
}
