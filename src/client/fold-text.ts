/**
 * Folds text for matching: lower case, no diacritics, đ → d, punctuation as spaces.
 * "Bà Rịa - Vũng Tàu" → "ba ria vung tau"; "ĐẮK LẮK" → "dak lak".
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
