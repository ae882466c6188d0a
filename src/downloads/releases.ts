/** The data releases of data/changelog.csv, newest first. */
import type { Release } from "../data/types.ts";
import type { SiteData } from "../site/site-data.ts";

/** Newest date first; on one date, the higher version first ("0.10.0" after "0.9.0"). */
export function releasesNewestFirst(site: SiteData): Release[] {
  return [...site.dataset.changelog].sort((a, b) => b.date.localeCompare(a.date) || b.version.localeCompare(a.version, "en", { numeric: true }));
}
