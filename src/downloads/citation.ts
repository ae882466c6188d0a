/** How to cite the data set: a sentence and a BibTeX entry, in the page's language. */
import { formatDate, type Lang } from "../i18n/format.ts";
import type { SiteData } from "../site/site-data.ts";
import { SECTIONS } from "../site/routes.ts";
import { text } from "./messages.ts";

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
