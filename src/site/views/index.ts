import type { Lang } from "../../i18n/format.ts";
import type { TargetProgress } from "../../stats/index.ts";
import type { SiteData } from "../site-data.ts";
import { province, provinceIndex, unit } from "./areas.ts";
import { viewContext, type Translate } from "./context.ts";
import { course, courseRows, latestCourse } from "./courses.ts";
import { progressFigure, regionFigure, timelineFigure } from "./figures.ts";
import { headline, progressSentence } from "./headline.ts";
import { mapExplorer, smallMap } from "./map.ts";
import { about, coverageRows, methodParagraphs, targetRows } from "./progress.ts";
import { latestRelease } from "./releases.ts";

/** The functions templates call to get a page's figures, text and SVGs, bound to this build's data. */
export function siteViews(site: SiteData, topology: unknown, t: Translate) {
  const ctx = viewContext(site, t);
  return {
    headline: (lang: Lang) => headline(ctx, lang),
    progressSentence: (p: TargetProgress, lang: Lang) => progressSentence(ctx, p, lang),
    progressFigure: (lang: Lang, where: string) => progressFigure(ctx, lang, where),
    regionFigure: (lang: Lang) => regionFigure(ctx, lang),
    timelineFigure: (lang: Lang) => timelineFigure(ctx, lang),
    coverageRows: (lang: Lang) => coverageRows(ctx, lang),
    targetRows: (lang: Lang) => targetRows(ctx, lang),
    methodParagraphs: (lang: Lang) => methodParagraphs(ctx, lang),
    about: (lang: Lang) => about(ctx, lang),
    mapExplorer: (lang: Lang) => mapExplorer(ctx, topology, lang),
    smallMap: (lang: Lang) => smallMap(ctx, topology, lang),
    courseRows: (lang: Lang) => courseRows(ctx, lang),
    course: (id: string, lang: Lang) => course(ctx, id, lang),
    latestCourse: (lang: Lang) => latestCourse(ctx, lang),
    latestRelease: (lang: Lang) => latestRelease(ctx, lang),
    provinceIndex: (lang: Lang) => provinceIndex(ctx, lang),
    province: (code: string, lang: Lang) => province(ctx, code, lang),
    unit: (code: string, lang: Lang) => unit(ctx, code, lang),
  };
}
