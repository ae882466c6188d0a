import type { Basis } from "../../stats/index.ts";

/** Whether a part of a page shows the sample notice: when any figure in it rests on sample rows. The one rule for every page. */
export function needsNotice(...bases: readonly (Basis | null | undefined)[]): boolean {
  return bases.includes("sample");
}
