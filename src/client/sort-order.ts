import type { Lang } from "../i18n/format.ts";

export type SortDirection = "ascending" | "descending";

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Compares two cell values ascending: numbers numerically, before text; text by the page language's collation. */
export function compareCells(a: string, b: string, collator: Intl.Collator): number {
  const x = a.trim();
  const y = b.trim();
  const xIsNumber = NUMBER.test(x);
  const yIsNumber = NUMBER.test(y);
  if (xIsNumber && yIsNumber) return Number(x) - Number(y);
  if (xIsNumber !== yIsNumber) return xIsNumber ? -1 : 1;
  return collator.compare(x, y);
}

/**
 * The order of rows (as indexes) sorted by their cell values; stable in both directions, and empty
 * values stay last either way. sortOrder(["3", "", "10"], "descending", "vi") → [2, 0, 1].
 */
export function sortOrder(values: readonly string[], direction: SortDirection, lang: Lang): number[] {
  const collator = new Intl.Collator(lang, { numeric: true });
  const sign = direction === "ascending" ? 1 : -1;
  const empty = (i: number) => (values[i] ?? "").trim() === "";
  // Array.prototype.sort is stable (ES2019), so ties keep their order in either direction.
  return values
    .map((_, i) => i)
    .sort((i, j) =>
      empty(i) || empty(j)
        ? Number(empty(i)) - Number(empty(j))
        : sign * compareCells(values[i] ?? "", values[j] ?? "", collator),
    );
}
