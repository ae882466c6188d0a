import type { Lang } from "../i18n/format.ts";

/** The site language from a lang attribute: "en", "en-GB" → "en"; anything else → "vi" (the default). */
export function pageLang(lang: string | null | undefined): Lang {
  return /^en\b/i.test(lang ?? "") ? "en" : "vi";
}
