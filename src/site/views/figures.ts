import { barChart, columnChart, fillYears, progressChart, timelineChart } from "../../charts/charts.ts";
import { formatNumber, formatPercent, type Lang } from "../../i18n/format.ts";
import type { AreaOfficials, TargetProgress } from "../../stats/index.ts";
import { courseUrls } from "../routes.ts";
import type { ViewContext } from "./context.ts";
import type { Figure } from "./figure.ts";
import { responsive, WIDE } from "./responsive.ts";
import { legendMarkup } from "../../client/legend-markup.ts";

/** The projection drawn after the last year: from the latest value to the target count in its projected year. */
function projectionOf(p: TargetProgress | undefined) {
  if (!p || p.projectedYear === null || (p.status !== "on-track" && p.status !== "off-track")) return null;
  return {
    points: [
      { year: p.latestYear, share: p.latestShare },
      { year: p.projectedYear, share: p.targetCount / p.total },
    ],
  };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Advanced-course coverage of the 63 provinces by year, against the targets, with the projection marked. */
export function coverageFigure(ctx: ViewContext, lang: Lang): Figure {
  const { stats } = ctx.site;
  // Years before any province was reached are left out: the advanced course began later than the basic one.
  const all = stats.coverage.advanced.provinces;
  const firstReached = all.findIndex((p) => p.count > 0);
  const series = firstReached > 0 ? all.slice(firstReached) : all;
  const last = series.at(-1)!;
  const progress = stats.progress.provinces;
  const projection = projectionOf(progress.find((p) => p.status === "on-track" || p.status === "off-track"));
  const targetLabel = (p: TargetProgress) => ctx.t("progress.targetShort", lang, { percent: p.targetPercent, year: p.targetYear });
  const title = ctx.t("progress.chartTitle", lang);
  const desc = ctx.t("progress.chartDesc", lang, {
    first: series[0]!.year,
    firstCount: series[0]!.count,
    year: last.year,
    count: last.count,
    total: last.total,
    share: formatPercent(last.share, lang),
    targets: progress.map(targetLabel).join(", "),
  });
  const projected = projection?.points.slice(1) ?? [];
  return {
    id: "coverage",
    lang,
    title,
    render: (width, idPrefix) =>
      progressChart(
        {
          points: series.map((p) => ({ year: p.year, count: p.count, share: p.share })),
          total: last.total,
          targets: progress.map((p) => ({ year: p.targetYear, share: p.targetPercent / 100, label: targetLabel(p) })),
          projection,
          illustrativeYears: series.filter((p) => p.illustrative).map((p) => p.year),
        },
        {
          width,
          height: width < 500 ? 300 : 380,
          lang,
          idPrefix,
          title,
          desc,
          labels: {
            projection: ctx.t("progress.projection", lang),
            target: ctx.t("progress.target", lang),
            yAxis: ctx.t("progress.yAxis", lang),
            xAxis: ctx.t("progress.xAxis", lang),
            illustrative: ctx.t("progress.illustrativePoint", lang),
          },
        },
      ),
    table: {
      fields: ["kind", "year", "provinces", "provinces_total", "share", "illustrative"],
      rows: [
        ...series.map((p) => ["actual", p.year, p.count, p.total, round4(p.share), String(p.illustrative)]),
        ...progress.map((p) => ["target", p.targetYear, p.targetCount, p.total, round4(p.targetPercent / 100), "false"]),
        ...projected.map((p) => ["projection", p.year, Math.round(p.share * last.total), last.total, round4(p.share), "false"]),
      ],
    },
  };
}

/** Provinces reached by the advanced course, as a share of each region's provinces. */
export function regionsFigure(ctx: ViewContext, lang: Lang): Figure {
  const regions = ctx.site.stats.officials.byRegion;
  const rows = regions.map((r) => ({
    id: r.region,
    label: ctx.t(`regions.${r.region}`, lang),
    value: r.total === 0 ? 0 : r.provincesReachedAdvanced / r.total,
    note: `${r.provincesReachedAdvanced}/${r.total}`,
  }));
  const title = ctx.t("progress.regionChartTitle", lang);
  const desc = rows.map((r) => `${r.label}: ${r.note} (${formatPercent(r.value, lang)})`).join("; ");
  return {
    id: "regions",
    lang,
    title,
    render: (width, idPrefix) => barChart(rows, { width, lang, idPrefix, percent: true, max: 1, title, desc }),
    table: {
      fields: ["region", "region_vi", "region_en", "provinces_advanced", "provinces_total", "share"],
      rows: regions.map((r) => [
        r.region,
        ctx.t(`regions.${r.region}`, "vi"),
        ctx.t(`regions.${r.region}`, "en"),
        r.provincesReachedAdvanced,
        r.total,
        round4(r.total === 0 ? 0 : r.provincesReachedAdvanced / r.total),
      ]),
    },
  };
}

/** The course history since the first year, one mark per course, linked to its page. */
export function coursesFigure(ctx: ViewContext, lang: Lang): Figure {
  const courses = ctx.site.stats.courses;
  const items = courses.map((c) => ({
    id: c.id,
    year: c.year,
    programme: c.programme,
    label: lang === "vi" ? c.title_vi : c.title_en,
    value: c.officials > 0 ? c.officials : null,
    href: courseUrls(c.id)[lang],
  }));
  const title = ctx.t("courses.chartTitle", lang);
  const desc = ctx.t("courses.chartDesc", lang, { count: courses.length, first: ctx.site.stats.meta.firstYear, last: ctx.site.stats.meta.latestYear });
  const labels = { basic: ctx.t("programme.basic", lang), advanced: ctx.t("programme.advanced", lang), notPublished: ctx.t("courses.notPublished", lang) };
  return {
    id: "courses",
    lang,
    title,
    render: (width, idPrefix) => timelineChart(items, { width, lang, idPrefix, title, desc, labels }),
    table: {
      fields: ["id", "year", "programme", "title_vi", "title_en", "officials_counted", "trainees_published"],
      rows: courses.map((c) => [c.id, c.year, c.programme, c.title_vi, c.title_en, c.officials, c.trainees]),
    },
  };
}

/** A figure as the pages show it: charts drawn for narrow and wide screens; a map once, with its key. */
export function figureHtml(figure: Figure, where: string): string {
  if (figure.legend) {
    return `<div class="map-legend">${legendMarkup(figure.legend.title, figure.legend.items)}</div>${figure.render(WIDE, `${figure.id}-${where}`)}`;
  }
  return responsive(figure.render, `${figure.id}-${where}`);
}

/** An area's officials by year as columns, every year of the programme shown. */
export function areaFigure(ctx: ViewContext, area: AreaOfficials, lang: Lang): string {
  const { firstYear, latestYear } = ctx.site.stats.meta;
  const byYear = new Map(area.byYear.map((y) => [y.year, y.officials]));
  const points = fillYears(
    Array.from({ length: latestYear - firstYear + 1 }, (_, i) => ({ x: firstYear + i, value: byYear.get(firstYear + i) ?? 0 })),
  );
  const name = ctx.name(area, lang);
  const desc = area.byYear.filter((y) => y.officials > 0).map((y) => `${y.year}: ${formatNumber(y.officials, lang)}`).join(", ");
  return responsive(
    (width, idPrefix) =>
      columnChart(points, {
        width,
        height: 220,
        lang,
        idPrefix,
        title: ctx.t("province.chartTitle", lang, { name }),
        desc: desc || ctx.t("province.noCourses", lang),
      }),
    `area-${area.code}`,
  );
}
