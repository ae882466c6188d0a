/** Who publishes the data and under which licence, the downloads' own texts, and how to cite the data set. */
import type { License } from "./types.ts";
import { type Messages, translator } from "../i18n/translate.ts";
import en from "../i18n/downloads.en.json" with { type: "json" };
import vi from "../i18n/downloads.vi.json" with { type: "json" };
import { formatDate, type Lang } from "../i18n/format.ts";
import type { SiteData } from "../site/site-data.ts";
import { SECTIONS } from "../site/routes.ts";

// The one licence of every download: Creative Commons Attribution 4.0.

export const licence = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const satisfies License;

// The ministry as creator and publisher of the data set.

/** The ministry's own website. */
export const publisherUrl = "https://moit.gov.vn";

/** GeoNames feature of Viet Nam, for spatial coverage. */
export const vietNamGeoNames = "https://sws.geonames.org/1562822/";

// The downloads' own texts (src/i18n/downloads.*.json), for the files built outside the page templates.

/** The translation tables, for merging into the site's. */
export const downloadMessages: Record<Lang, Messages> = { vi: vi as Messages, en: en as Messages };

/** text("downloads.release", "en", { version: "1.0.0" }) → "Version 1.0.0"; a missing key throws. */
export const text = translator(downloadMessages, { strict: true });

// How to cite the data set: a sentence and a BibTeX entry, in the page's language.

export interface Citation {
  text: string;
  bibtex: string;
}

/** BibTeX braces and backslashes would break the entry; the texts here never need them. */
const bib = (value: string) => value.replace(/[{}\\]/g, "");

/**
 * citation(site, "en").text → "Ministry of Industry and Trade of Viet Nam (2018). MOIT cleaner-production
 * training, version 0.1.0 [data set]. Data as of 10 May 2018. Licence CC BY 4.0. https://…/en/data/".
 */
export function citation(site: SiteData, lang: Lang): Citation {
  const { dataVersion: version, dataDate, baseUrl } = site.build;
  const year = dataDate.slice(0, 4);
  // Written as the reader writes dates, in the citation as on the page.
  const date = formatDate(dataDate, lang);
  const url = baseUrl.replace(/\/$/, "") + SECTIONS.data[lang];
  const publisher = text("downloads.publisher", lang);
  const title = text("downloads.datasetName", lang);
  const sentence = text("downloads.citation", lang, { publisher, year, title, version, date, url });
  const key = `moit_cleaner_production_${year}`;
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${bib(publisher)}}},`,
    `  title = {${bib(title)}},`,
    `  year = {${year}},`,
    `  version = {${bib(version)}},`,
    `  url = {${url}},`,
    `  note = {${bib(text("downloads.bibtexNote", lang, { date }))}}`,
    `}`,
  ].join("\n");
  return { text: sentence, bibtex };
}
