import type { Lang } from "../i18n/format.ts";
import { courseUrls, embedUrls, provinceUrls, unitUrls, type Urls } from "./routes.ts";
import { province, unit } from "./views/areas.ts";
import type { ViewContext } from "./views/context.ts";
import { course } from "./views/courses.ts";
import { FIGURE_IDS } from "./views/figure.ts";
import { figureBlock, type FigureSet } from "./views/figure-set.ts";
import { languageViews } from "./views/page-views.ts";

const LANGS: Lang[] = ["vi", "en"];

/** One generated page: its language, its addresses in both languages, the code of what it shows, and what it shows. */
export interface PageItem<View> {
  lang: Lang;
  urls: Urls;
  id: string;
  view: View;
}

function each<View>(ids: readonly string[], urlsOf: (id: string) => Urls, view: (id: string, lang: Lang) => View): PageItem<View>[] {
  return LANGS.flatMap((lang) => ids.map((id) => ({ lang, urls: urlsOf(id), id, view: view(id, lang) })));
}

/**
 * Every page of the site with the view it prints, each computed once: the single pages per language, a
 * page per province, per unit of 2025, per course and per embeddable chart. Eleventy paginates these.
 */
export function sitePages(ctx: ViewContext, figure: FigureSet, topology: unknown) {
  const { provinces, units } = ctx.site.dataset;
  return {
    languages: LANGS.map((lang) => languageViews(ctx, figure, topology, lang)),
    provinces: each(provinces.map((p) => p.code), (code) => provinceUrls(ctx.province(code).name_vi), (code, lang) => province(ctx, code, lang)),
    units: each(units.map((u) => u.code), (code) => unitUrls(ctx.unit(code).name_vi), (code, lang) => unit(ctx, code, lang, topology)),
    courses: each(ctx.site.stats.courses.map((c) => c.id), courseUrls, (id, lang) => course(ctx, id, lang)),
    embeds: each([...FIGURE_IDS], embedUrls, (id, lang) => figureBlock(ctx, figure(id as (typeof FIGURE_IDS)[number], lang), "embed")),
  };
}

export type SitePages = ReturnType<typeof sitePages>;
