import { readFileSync } from "node:fs";
import { enumLabel } from "../data/contract/contract-of.ts";
import { formatDate, formatNumber, formatPercent, type Lang } from "../i18n/format.ts";
import downloadsEn from "../i18n/downloads.en.json" with { type: "json" };
import downloadsVi from "../i18n/downloads.vi.json" with { type: "json" };
import en from "../i18n/en.json" with { type: "json" };
import vi from "../i18n/vi.json" with { type: "json" };
import { translator, type Messages } from "../i18n/translate.ts";
import { SECTIONS } from "../site/routes.ts";
import { pages } from "../site/pages.ts";
import { siteViews } from "../site/views/index.ts";
import type { PublishedSite } from "../site/site-data.ts";

export interface SitePluginOptions {
  /** The JSON written by the data step of the build (SiteData). */
  statsFile: string | undefined;
  /** The TopoJSON of data/geo/. */
  topologyFile: string;
  /** A missing translation throws instead of being flagged on the page. */
  strict: boolean;
}

/** Everything the templates use, registered in one place: global data, filters, views. */
export default function sitePlugin(eleventyConfig: any, options: SitePluginOptions): void {
  if (!options.statsFile) throw new Error("The site is built from the aggregated data: run `npm run build`, not Eleventy alone.");
  const site = JSON.parse(readFileSync(options.statsFile, "utf8")) as PublishedSite;
  const topology = JSON.parse(readFileSync(options.topologyFile, "utf8"));
  const tables = { vi: { ...vi, ...downloadsVi } as Messages, en: { ...en, ...downloadsEn } as Messages };
  const t = translator(tables, {
    strict: options.strict,
    onMissing: (key, lang) => console.warn(`Thiếu bản dịch / Missing translation: ${lang} "${key}"`),
  });
  const baseUrl = site.build.baseUrl;

  // Global data
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addGlobalData("stats", site.stats);
  eleventyConfig.addGlobalData("build", site.build);
  eleventyConfig.addGlobalData("downloads", site.downloads);
  eleventyConfig.addGlobalData("langs", ["vi", "en"]);
  eleventyConfig.addGlobalData("sections", SECTIONS);
  eleventyConfig.addGlobalData("navSections", ["map", "progress", "courses", "provinces", "data", "about"]);
  eleventyConfig.addGlobalData("pages", pages(site));
  eleventyConfig.addGlobalData("views", siteViews(site, topology, t));

  // Filters: text and numbers per locale
  eleventyConfig.addFilter("t", (key: string, lang: Lang, params?: Record<string, string | number>) => t(key, lang, params));
  eleventyConfig.addFilter("num", (value: number, lang: Lang, digits = 0) => formatNumber(value, lang, digits));
  eleventyConfig.addFilter("pct", (share: number, lang: Lang, digits = 1) => formatPercent(share, lang, digits));
  eleventyConfig.addFilter("date", (iso: string, lang: Lang) => formatDate(iso, lang));
  eleventyConfig.addFilter("absoluteUrl", (path: string) => baseUrl + path);
  // JSON inside <script type="application/json">: "<" escaped so no text can close the element.
  eleventyConfig.addFilter("json", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"));
  eleventyConfig.addFilter("label", (value: string, key: string, lang: Lang) => enumLabel(site.dataset.contract, key, value, lang));
  eleventyConfig.addFilter("pick", (record: Record<string, unknown>, lang: Lang, field: string) => record[`${field}_${lang}`]);
}
