/** What each page of a language shows, computed once per build: the pages only print these. */
import type { Lang } from "../../i18n/format.ts";
import type { ViewContext } from "./context.ts";
import { courseRows, latestCourse } from "./courses.ts";
import { figureBlock, type FigureSet } from "./figure-set.ts";
import { figureHtml } from "./figures.ts";
import { headline, keyFigures } from "./headline.ts";
import { mapExplorer, smallMap } from "./map.ts";
import { needsNotice } from "./notice.ts";
import { about, contradictions, coverageRows, methodParagraphs, targetRows } from "./progress.ts";
import { latestRelease } from "./releases.ts";
import { provinceIndex } from "./areas.ts";

/** The home page: the published headline, the verdicts, the coverage chart, the small map, the key figures. */
export function homeView(ctx: ViewContext, figure: FigureSet, topology: unknown, lang: Lang) {
  const { bases } = ctx.site.stats;
  return {
    headline: headline(ctx, lang),
    targets: targetRows(ctx, lang),
    coverage: { html: figureHtml(figure("coverage", lang), "home"), notice: needsNotice(bases.coverage) },
    map: { html: smallMap(ctx, topology, lang), basis: bases.officials },
    keyFigures: keyFigures(ctx, lang),
    latestCourse: latestCourse(ctx, lang),
    latestRelease: latestRelease(ctx, lang),
  };
}

/** The progress page: the headline, the verdicts, coverage by year and by region, the method. */
export function progressView(ctx: ViewContext, figure: FigureSet, lang: Lang) {
  return {
    headline: headline(ctx, lang),
    targets: targetRows(ctx, lang),
    coverage: figureBlock(ctx, figure("coverage", lang), "page"),
    coverageRows: coverageRows(ctx, lang),
    regions: figureBlock(ctx, figure("regions", lang), "page"),
    regionRows: ctx.site.stats.officials.byRegion.map((r) => ({ ...r, label: ctx.label("provinces.region", r.region, lang) })),
    method: methodParagraphs(ctx, lang),
  };
}

/** The map page: both layers with their tables and the tools of both map figures. */
export function mapView(ctx: ViewContext, figure: FigureSet, topology: unknown, lang: Lang) {
  return {
    explorer: mapExplorer(ctx, topology, lang),
    tools: [figureBlock(ctx, figure("map-provinces", lang), "page").tools, figureBlock(ctx, figure("map-units", lang), "page").tools],
    notice: needsNotice(ctx.site.stats.bases.officials),
  };
}

/** The courses page: the timeline and one row per round. */
export function coursesView(ctx: ViewContext, figure: FigureSet, lang: Lang) {
  const { bases } = ctx.site.stats;
  return { chart: figureBlock(ctx, figure("courses", lang), "page"), rows: courseRows(ctx, lang), notice: needsNotice(bases.sessions, bases.officials) };
}

/** Everything a language's single pages show, and the banner of the local preview. */
export function languageViews(ctx: ViewContext, figure: FigureSet, topology: unknown, lang: Lang) {
  return {
    lang,
    home: homeView(ctx, figure, topology, lang),
    progress: progressView(ctx, figure, lang),
    map: mapView(ctx, figure, topology, lang),
    courses: coursesView(ctx, figure, lang),
    provinces: provinceIndex(ctx, lang),
    about: { ...about(ctx, lang), method: methodParagraphs(ctx, lang) },
    contradictions: contradictions(ctx, lang),
  };
}
