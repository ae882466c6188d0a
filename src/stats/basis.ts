import type { Status } from "../data/types.ts";

/**
 * What a figure rests on: "published" when a row of published-facts.csv states it; "derived" when it is
 * computed only from rows with a public source; "sample" when it depends on any illustrative row.
 */
export type Basis = "published" | "derived" | "sample";

/** The basis of a figure computed from these rows: sample when any is illustrative, else derived. */
export function basisOf(rows: Iterable<{ status: Status } | { illustrative: boolean }>): "derived" | "sample" {
  for (const row of rows) {
    if ("illustrative" in row ? row.illustrative : row.status === "illustrative") return "sample";
  }
  return "derived";
}

/** The basis of a figure computed from figures of these bases: sample wins; published inputs give derived. */
export function combinedBasis(...bases: readonly Basis[]): "derived" | "sample" {
  return bases.includes("sample") ? "sample" : "derived";
}
