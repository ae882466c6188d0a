/** Strips Vietnamese diacritics: "Đắk Lắk" → "Dak Lak". Used for URLs and diacritics-blind search. */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** A stable URL segment from a Vietnamese name: "Bà Rịa – Vũng Tàu" → "ba-ria-vung-tau". */
export function slugify(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
