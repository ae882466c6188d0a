import type { Dataset } from "../data/types.ts";
import type { Aggregates } from "../stats/index.ts";
import { releasesNewestFirst } from "../stats/releases.ts";

/** Facts about this build of the site shown on pages: what data it shows and where it lives. */
export interface BuildInfo {
  /** Version of the data release (data/datapackage.json "version"). */
  dataVersion: string;
  /** Date of the latest data release in data/changelog.csv, ISO. */
  dataDate: string;
  /** Absolute address of the published site, for canonical links (overridden by SITE_URL). */
  baseUrl: string;
}

/** The one result of the data step: what Eleventy reads as global data. */
export interface SiteData {
  /** The figures the check computed and compared with the published facts (stats.facts). */
  stats: Aggregates;
  dataset: Dataset;
  build: BuildInfo;
}

/** The validated dataset with its figures, and what the pages say about the release. */
export function siteData(dataset: Dataset, stats: Aggregates, descriptor: { version?: string }, baseUrl: string): SiteData {
  const latest = releasesNewestFirst(dataset.changelog)[0];
  return {
    stats,
    dataset,
    build: { dataVersion: descriptor.version ?? latest?.version ?? "", dataDate: latest?.date ?? "", baseUrl },
  };
}
