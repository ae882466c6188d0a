import { foldDiacritics } from "./fold.ts";

/** An administrative prefix that is not part of the place's name: "TP. Hồ Chí Minh" → "Hồ Chí Minh". */
const PREFIX = /^(?:TP\.|Thành phố|Tỉnh)\s+/u;

/** A stable URL segment from a Vietnamese name, without "TP." or "Tỉnh": "Bà Rịa – Vũng Tàu" → "ba-ria-vung-tau", "TP. Hồ Chí Minh" → "ho-chi-minh". */
export function slugify(name: string): string {
  return foldDiacritics(name.replace(PREFIX, ""))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
