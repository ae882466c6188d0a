import type { Dataset, FactCheck } from "../data/types.ts";
import type { DownloadsData } from "../downloads/index.ts";
import { aggregate, reconcile, type Aggregates } from "../stats/index.ts";

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
  stats: Aggregates;
  dataset: Dataset;
  /** Each published figure, recomputed from the data. */
  facts: FactCheck[];
  build: BuildInfo;
}

/** Aggregates the validated dataset and gathers what the pages say about the release. */
export function siteData(dataset: Dataset, descriptor: { version?: string }, baseUrl: string): SiteData {
  const latest = [...dataset.changelog].sort((a, b) => b.date.localeCompare(a.date))[0];
  return {
    stats: aggregate(dataset),
    dataset,
    facts: reconcile(dataset),
    build: { dataVersion: descriptor.version ?? latest?.version ?? "", dataDate: latest?.date ?? "", baseUrl },
  };
}

/** What the build hands to Eleventy: the site's data and what the data page says about the download files. */
export interface PublishedSite extends SiteData {
  downloads: DownloadsData;
}
