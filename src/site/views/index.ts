import type { Lang } from "../../i18n/format.ts";
import type { SiteData } from "../site-data.ts";
import { province, provinceIndex, unit } from "./areas.ts";
import { viewContext, type Translate } from "./context.ts";
import { course, courseRows, latestCourse } from "./courses.ts";
import { chartFileList, figureCsv, figureSet, figureSvg, figureTools } from "./exports.ts";
import type { FigureId } from "./figure.ts";
import { figureHtml } from "./figures.ts";
import { headline, keyFigures } from "./headline.ts";
import { mapExplorer, smallMap } from "./map.ts";
import { about, contradictions, coverageRows, methodParagraphs, targetRows } from "./progress.ts";
import { latestRelease } from "./releases.ts";

/** The functions templates call to get a page's figures, text and SVGs, bound to this build's data. */
export function siteViews(site: SiteData, topology: unknown, t: Translate) {
  const ctx = viewContext(site, t);
  const figure = figureSet(ctx, topology);
  const files = new Map(chartFileList().map((f) => [f.path, f]));
  return {
    /** A chart as the pages show it (narrow and wide drawings); `where` keeps ids unique on a page. */
    figure: (id: FigureId, lang: Lang, where: string) => figureHtml(figure(id, lang), where),
    figureTitle: (id: FigureId, lang: Lang) => figure(id, lang).title,
    figureTools: (id: FigureId, lang: Lang) => figureTools(ctx, figure(id, lang)),
    /** The content of a published chart file (/files/charts/…): CSV or stand-alone SVG. */
    chartFile: (path: string) => {
      const file = files.get(path);
      if (!file) throw new Error(`No chart file ${path}`);
      return file.lang === null ? figureCsv(figure(file.id, "vi")) : figureSvg(ctx, figure(file.id, file.lang));
    },
    headline: (lang: Lang) => headline(ctx, lang),
    keyFigures: (lang: Lang) => keyFigures(ctx, lang),
    contradictions: (lang: Lang) => contradictions(ctx, lang),
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
    unit: (code: string, lang: Lang) => unit(ctx, code, lang, topology),
  };
}
