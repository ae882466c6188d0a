import type { Release } from "../data/types.ts";

/** The data releases of data/changelog.csv, newest date first; on one date, the higher version first ("0.10.0" before "0.9.0"). */
export function releasesNewestFirst(changelog: readonly Release[]): Release[] {
  return [...changelog].sort((a, b) => b.date.localeCompare(a.date) || b.version.localeCompare(a.version, "en", { numeric: true }));
}
