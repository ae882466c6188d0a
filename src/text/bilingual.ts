/** Splits the "tiếng Việt / English" titles of data/datapackage.json. */

/** "Khóa tập huấn / Courses" → { vi: "Khóa tập huấn", en: "Courses" }; without " / ", both are the whole text. */
export function bilingual(text: string): { vi: string; en: string } {
  const at = text.indexOf(" / ");
  return at < 0 ? { vi: text, en: text } : { vi: text.slice(0, at), en: text.slice(at + 3) };
}
