/** Folding Vietnamese text for addresses and matching: the one place diacritics are taken off. */

/** Strips Vietnamese diacritics, keeping case and punctuation: "Đắk Lắk" → "Dak Lak". */
export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** Folds text for matching: lower case, no diacritics, punctuation as single spaces. "Bà Rịa - Vũng Tàu" → "ba ria vung tau". */
export function foldText(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
