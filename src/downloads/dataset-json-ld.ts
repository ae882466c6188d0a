/** schema.org Dataset JSON-LD for the data page, so search engines list the data set and its files. */
import type { Lang } from "../i18n/format.ts";
import type { SiteData } from "../site/site-data.ts";
import { SECTIONS } from "../site/routes.ts";
import { licence } from "./licence.ts";
import { text } from "./messages.ts";
import { publisherUrl, vietNamGeoNames } from "./publisher.ts";
import type { ManifestEntry } from "./types.ts";

/** "2010/2018": the years the courses span. */
export function temporalCoverage(site: SiteData): string {
  return `${site.stats.meta.firstYear}/${site.stats.meta.latestYear}`;
}

/** The Dataset object in one language; one DataDownload per entry of `files`, with an absolute contentUrl. */
export function datasetJsonLd(site: SiteData, files: readonly ManifestEntry[], lang: Lang): Record<string, unknown> {
  const base = site.build.baseUrl.replace(/\/$/, "");
  const ministry = { "@type": "GovernmentOrganization", name: text("downloads.publisher", lang), url: publisherUrl };
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: text("downloads.datasetName", lang),
    description: text("downloads.datasetDescription", lang),
    url: base + SECTIONS.data[lang],
    sameAs: base + SECTIONS.data[lang === "vi" ? "en" : "vi"],
    inLanguage: lang,
    license: licence.path,
    creator: ministry,
    publisher: ministry,
    temporalCoverage: temporalCoverage(site),
    spatialCoverage: { "@type": "Place", name: text("downloads.country", lang), sameAs: vietNamGeoNames },
    version: site.build.dataVersion,
    dateModified: site.build.dataDate,
    keywords: text("downloads.keywords", lang).split(", "),
    isAccessibleForFree: true,
    distribution: files.map((f) => ({
      "@type": "DataDownload",
      name: lang === "vi" ? f.title_vi : f.title_en,
      encodingFormat: f.mediaType,
      contentUrl: base + f.path,
      contentSize: `${f.size} B`,
      sha256: f.sha256,
    })),
  };
}
