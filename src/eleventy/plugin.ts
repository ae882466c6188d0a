import { enumLabel } from "../data/contract/contract-of.ts";
import type { CheckerPageData } from "../checker/page-data.ts";
import type { DownloadsData } from "../downloads/index.ts";
import downloadsEn from "../i18n/downloads.en.json" with { type: "json" };
import downloadsVi from "../i18n/downloads.vi.json" with { type: "json" };
import en from "../i18n/en.json" with { type: "json" };
import { formatDate, formatNumber, formatPercent, type Lang } from "../i18n/format.ts";
import vi from "../i18n/vi.json" with { type: "json" };
import { translator, type Messages } from "../i18n/translate.ts";
import type { SitePages } from "../site/pages.ts";
import { SECTIONS } from "../site/routes.ts";
import type { SiteData } from "../site/site-data.ts";
import type { Translate } from "../site/views/index.ts";
import { cacheNunjucksCompiles } from "./nunjucks-compile-cache.ts";

/** The translator of the site's pages: both languages, the download texts included. */
export function siteTranslator(options: { strict: boolean; onMissing?: (key: string, lang: Lang) => void }): Translate {
  const tables = { vi: { ...vi, ...downloadsVi } as Messages, en: { ...en, ...downloadsEn } as Messages };
  return translator(tables, options);
}

/** What the build hands the plugin, in memory: the site's data, every page's view, what the data page says of the files. */
export interface SitePluginOptions {
  site: SiteData;
  pages: SitePages;
  downloads: DownloadsData;
  /** Address of each asset with a digest of its bytes ("/assets/main.js?v=…"), so a year's cache never serves an old one. */
  assets: Record<string, string>;
  /** What the checker page and the data page say of the template and the published files. */
  checker: CheckerPageData;
  t: Translate;
}

/** Registers, in one place, the global data the templates read and the filters they format with. Eleventy only renders. */
export default function sitePlugin(eleventyConfig: any, options: SitePluginOptions): void {
  const { site, pages, downloads, assets, checker, t } = options;
  const baseUrl = site.build.baseUrl;
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks }: { nunjucks: Parameters<typeof cacheNunjucksCompiles>[0] }) => cacheNunjucksCompiles(nunjucks));

  // Global data
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addGlobalData("stats", site.stats);
  eleventyConfig.addGlobalData("build", site.build);
  eleventyConfig.addGlobalData("downloads", downloads);
  eleventyConfig.addGlobalData("assets", assets);
  eleventyConfig.addGlobalData("checker", checker);
  eleventyConfig.addGlobalData("sections", SECTIONS);
  eleventyConfig.addGlobalData("navSections", ["map", "progress", "courses", "provinces", "data", "about"]);
  eleventyConfig.addGlobalData("pages", pages);
  // The red banner of the local preview, per language, on every page.
  eleventyConfig.addGlobalData("contradictions", Object.fromEntries(pages.languages.map((l) => [l.lang, l.contradictions])));

  // Filters: text and numbers per locale
  eleventyConfig.addFilter("t", (key: string, lang: Lang, params?: Record<string, string | number>) => t(key, lang, params));
  eleventyConfig.addFilter("num", (value: number, lang: Lang, digits = 0) => formatNumber(value, lang, digits));
  eleventyConfig.addFilter("pct", (share: number, lang: Lang, digits = 1) => formatPercent(share, lang, digits));
  eleventyConfig.addFilter("date", (iso: string, lang: Lang) => formatDate(iso, lang));
  eleventyConfig.addFilter("label", (value: string, key: string, lang: Lang) => enumLabel(site.dataset.contract, key, value, lang));
  eleventyConfig.addFilter("absoluteUrl", (path: string) => baseUrl + path);
  // JSON inside <script type="application/json">: "<" escaped so no text can close the element.
  eleventyConfig.addFilter("json", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"));
  eleventyConfig.addFilter("pick", (record: Record<string, unknown>, lang: Lang, field: string) => record[`${field}_${lang}`]);
}
