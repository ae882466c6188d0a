/** The data set described for machines: schema.org Dataset on the data page, and a DCAT catalogue with a distribution per file. */
import type { Lang } from "../i18n/format.ts";
import type { SiteData } from "../site/site-data.ts";
import { SECTIONS } from "../site/routes.ts";
import { licence, publisherUrl, text, vietNamGeoNames } from "./metadata.ts";
import type { ManifestEntry } from "./types.ts";
import { catalogPath } from "./paths.ts";
import { releasesNewestFirst } from "../stats/releases.ts";

// schema.org Dataset JSON-LD for the data page, so search engines list the data set and its files.

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

// A DCAT catalogue (JSON-LD) of the data set and its files, for open-data portals that harvest DCAT.

const context = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  spdx: "http://spdx.org/rdf/terms#",
};

const both = (key: string) => [
  { "@value": text(key, "vi"), "@language": "vi" },
  { "@value": text(key, "en"), "@language": "en" },
];
const date = (iso: string) => ({ "@value": iso, "@type": "xsd:date" });

/** The catalogue object: one dcat:Dataset, one dcat:Distribution per entry of `files`. */
export function dcatCatalog(site: SiteData, files: readonly ManifestEntry[]): Record<string, unknown> {
  const base = site.build.baseUrl.replace(/\/$/, "");
  const issued = releasesNewestFirst(site.dataset.changelog).at(-1)?.date ?? site.build.dataDate;
  const modified = site.build.dataDate;
  const publisher = { "@id": publisherUrl, "@type": "foaf:Organization", "foaf:name": both("downloads.publisher") };
  const license = { "@id": licence.path };
  return {
    "@context": context,
    "@id": base + catalogPath,
    "@type": "dcat:Catalog",
    "dct:title": both("downloads.datasetName"),
    "dct:description": both("downloads.datasetDescription"),
    "dct:publisher": publisher,
    "dct:license": license,
    "dct:modified": date(modified),
    "foaf:homepage": { "@id": base + SECTIONS.home.vi },
    "dcat:dataset": {
      "@id": base + SECTIONS.data.vi,
      "@type": "dcat:Dataset",
      "dct:title": both("downloads.datasetName"),
      "dct:description": both("downloads.datasetDescription"),
      "dct:publisher": publisher,
      "dct:license": license,
      "dct:issued": date(issued),
      "dct:modified": date(modified),
      "dcat:version": site.build.dataVersion,
      "dct:temporal": {
        "@type": "dct:PeriodOfTime",
        "dcat:startDate": { "@value": String(site.stats.meta.firstYear), "@type": "xsd:gYear" },
        "dcat:endDate": { "@value": String(site.stats.meta.latestYear), "@type": "xsd:gYear" },
      },
      "dct:spatial": { "@id": vietNamGeoNames },
      "dcat:keyword": [
        ...text("downloads.keywords", "vi").split(", ").map((k) => ({ "@value": k, "@language": "vi" })),
        ...text("downloads.keywords", "en").split(", ").map((k) => ({ "@value": k, "@language": "en" })),
      ],
      "dcat:landingPage": [{ "@id": base + SECTIONS.data.vi }, { "@id": base + SECTIONS.data.en }],
      "dcat:distribution": files.map((f) => ({
        "@id": base + f.path,
        "@type": "dcat:Distribution",
        "dct:title": [
          { "@value": f.title_vi, "@language": "vi" },
          { "@value": f.title_en, "@language": "en" },
        ],
        "dcat:downloadURL": { "@id": base + f.path },
        "dcat:accessURL": { "@id": base + SECTIONS.data.vi },
        "dcat:mediaType": { "@id": `https://www.iana.org/assignments/media-types/${f.mediaType}` },
        "dcat:byteSize": { "@value": String(f.size), "@type": "xsd:nonNegativeInteger" },
        "spdx:checksum": {
          "@type": "spdx:Checksum",
          "spdx:algorithm": { "@id": "http://spdx.org/rdf/terms#checksumAlgorithm_sha256" },
          "spdx:checksumValue": f.sha256,
        },
        "dct:license": license,
        "dct:issued": date(issued),
        "dct:modified": date(f.updated),
      })),
    },
  };
}
