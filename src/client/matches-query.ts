import { foldText } from "../text/fold.ts";

/**
 * Whether every word of the query occurs in the text, in any order, ignoring case and diacritics.
 * A word may also span the text's spaces, so "hanoi" finds "Hà Nội".
 * matchesQuery("Hà Nội 01", "noi ha") → true; matchesQuery("Hà Nội", "hai") → false.
 */
export function matchesQuery(text: string, query: string): boolean {
  const words = foldText(query).split(" ").filter(Boolean);
  const folded = foldText(text);
  const joined = folded.replace(/ /g, "");
  return words.every((word) => folded.includes(word) || joined.includes(word));
}
