import type { Lang } from "../i18n/format.ts";
import { courseUrls, embedUrls, provinceUrls, unitUrls, type Urls } from "./routes.ts";
import { FIGURE_IDS } from "./views/figure.ts";
import { chartFileList } from "./views/exports.ts";
import type { SiteData } from "./site-data.ts";

const LANGS: Lang[] = ["vi", "en"];

/** One generated page: its language, its addresses in both languages, and the code of what it shows. */
export interface PageItem {
  lang: Lang;
  urls: Urls;
  id: string;
}

function each(ids: string[], urlsOf: (id: string) => Urls): PageItem[] {
  return LANGS.flatMap((lang) => ids.map((id) => ({ lang, urls: urlsOf(id), id })));
}

/** The paginated pages of the site: a page per language, per province, per 2025 unit and per course. */
export function pages(site: SiteData) {
  const provinces = new Map(site.dataset.provinces.map((p) => [p.code, p]));
  const units = new Map(site.dataset.units.map((u) => [u.code, u]));
  return {
    languages: LANGS.map((lang) => ({ lang })),
    provinces: each([...provinces.keys()], (code) => provinceUrls(provinces.get(code)!.name_vi)),
    units: each([...units.keys()], (code) => unitUrls(units.get(code)!.name_vi)),
    embeds: each([...FIGURE_IDS], embedUrls),
    chartFiles: chartFileList(),
    courses: each(
      site.stats.courses.map((c) => c.id),
      courseUrls,
    ),
  };
}
