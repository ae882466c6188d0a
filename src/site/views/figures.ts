import { barChart, columnChart, fillYears, progressChart, timelineChart } from "../../charts/index.ts";
import { formatNumber, formatPercent, type Lang } from "../../i18n/format.ts";
import { combinedBasis, ordersOf, type AreaOfficials, type Basis, type TargetVerdict } from "../../stats/index.ts";
import { courseUrls } from "../routes.ts";
import type { ViewContext } from "./context.ts";
import type { Figure } from "./figure.ts";
import { responsive, WIDE } from "./responsive.ts";
import { legendMarkup } from "../../charts/legend-markup.ts";

/** A figure's title as every rendering of it shows it: marked as sample when it rests on sample rows. */
export function figureTitle(ctx: ViewContext, title: string, basis: Basis, lang: Lang): string {
  return basis === "sample" ? ctx.t("basis.sampleTitle", lang, { title }) : title;
}

/** The projection of a verdict on track or off track: from its latest figure to the target count in the projected year. */
function projectionOf(v: TargetVerdict | undefined) {
  if (!v?.projection || v.projection.year === null || !v.evidence) return null;
  return {
    points: [
      { year: Number(v.evidence.date.slice(0, 4)), share: v.evidence.share },
      { year: v.projection.year, share: v.targetCount / v.total },
    ],
  };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Advanced-course coverage of the 63 provinces by year, against the targets; sample years hollow, a projection only from evidence. */
export function coverageFigure(ctx: ViewContext, lang: Lang): Figure {
  const { stats } = ctx.site;
  // Years before any province was reached are left out: the advanced course began later than the basic one.
  const all = stats.coverage.advanced.provinces;
  const firstReached = all.findIndex((p) => p.count > 0);
  const series = firstReached > 0 ? all.slice(firstReached) : all;
  const last = series.at(-1)!;
  const verdicts = stats.verdicts;
  const projection = projectionOf(verdicts.find((v) => v.status === "on-track" || v.status === "off-track"));
  const targetLabel = (v: TargetVerdict) => ctx.t("progress.targetShort", lang, { percent: v.targetPercent, year: v.targetYear });
  const basis = stats.bases.coverage;
  const title = figureTitle(ctx, ctx.t("progress.chartTitle", lang), basis, lang);
  const desc = ctx.t(basis === "sample" ? "progress.chartDescSample" : "progress.chartDesc", lang, {
    first: series[0]!.year,
    firstCount: series[0]!.count,
    year: last.year,
    count: last.count,
    total: last.total,
    share: formatPercent(last.share, lang),
    targets: verdicts.map(targetLabel).join(", "),
  });
  const projected = projection?.points.slice(1) ?? [];
  return {
    id: "coverage",
    lang,
    title,
    basis,
    render: (width, idPrefix) =>
      progressChart(
        {
          points: series.map((p) => ({ year: p.year, count: p.count, share: p.share })),
          total: last.total,
          targets: verdicts.map((v) => ({ year: v.targetYear, share: v.targetPercent / 100, label: targetLabel(v) })),
          projection,
          sampleYears: series.filter((p) => p.basis === "sample").map((p) => p.year),
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
            sample: ctx.t("progress.samplePoint", lang),
            sampleShort: ctx.t("basis.sample", lang),
            solid: ctx.t("progress.solidPoint", lang),
          },
        },
      ),
    table: {
      fields: ["kind", "year", "provinces", "provinces_total", "share", "basis", "source_url"],
      rows: [
        ...series.map((p) => ["actual", p.year, p.count, p.total, round4(p.share), p.basis, p.source_url]),
        ...verdicts.map((v) => ["target", v.targetYear, v.targetCount, v.total, round4(v.targetPercent / 100), "published", v.source_url]),
        ...projected.map((p) => ["projection", p.year, Math.round(p.share * last.total), last.total, round4(p.share), "derived", null]),
      ],
    },
  };
}

/** Provinces reached by the advanced course, as a share of each region's provinces. */
export function regionsFigure(ctx: ViewContext, lang: Lang): Figure {
  const regions = ctx.site.stats.officials.byRegion;
  const rows = regions.map((r) => ({
    id: r.region,
    label: ctx.label("provinces.region", r.region, lang),
    value: r.total === 0 ? 0 : r.provincesReachedAdvanced / r.total,
    note: `${r.provincesReachedAdvanced}/${r.total}`,
  }));
  const basis = combinedBasis(...regions.map((r) => r.basis));
  const title = figureTitle(ctx, ctx.t("progress.regionChartTitle", lang), basis, lang);
  const desc = rows.map((r) => `${r.label}: ${r.note} (${formatPercent(r.value, lang)})`).join("; ");
  return {
    id: "regions",
    lang,
    title,
    basis,
    render: (width, idPrefix) => barChart(rows, { width, lang, idPrefix, percent: true, max: 1, title, desc }),
    table: {
      fields: ["region", "region_vi", "region_en", "provinces_advanced", "provinces_total", "share", "basis"],
      rows: regions.map((r) => [
        r.region,
        ctx.label("provinces.region", r.region, "vi"),
        ctx.label("provinces.region", r.region, "en"),
        r.provincesReachedAdvanced,
        r.total,
        round4(r.total === 0 ? 0 : r.provincesReachedAdvanced / r.total),
        r.basis,
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
  const basis = combinedBasis(...courses.map((c) => c.basis.participants), ...courses.map((c) => c.basis.course));
  const title = figureTitle(ctx, ctx.t("courses.chartTitle", lang), basis, lang);
  const desc = ctx.t("courses.chartDesc", lang, { count: courses.length, first: ctx.site.stats.meta.firstYear, last: ctx.site.stats.meta.latestYear });
  const programmes = Object.fromEntries(ordersOf(ctx.site.dataset.contract).programmes.map((p) => [p, ctx.label("courses.programme", p, lang)]));
  const labels = { programmes, notPublished: ctx.t("courses.notPublished", lang) };
  return {
    id: "courses",
    lang,
    title,
    basis,
    render: (width, idPrefix) => timelineChart(items, { width, lang, idPrefix, title, desc, labels }),
    table: {
      fields: ["id", "year", "programme", "title_vi", "title_en", "officials_counted", "officials_counted_basis", "trainees_published", "trainees_basis"],
      rows: courses.map((c) => [c.id, c.year, c.programme, c.title_vi, c.title_en, c.officials, c.basis.participants, c.trainees, c.traineesBasis]),
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
  const points = fillYears(area.byYear.map((y) => ({ x: y.year, value: y.officials })));
  const name = ctx.name(area, lang);
  const desc = area.byYear.filter((y) => y.officials > 0).map((y) => `${y.year}: ${formatNumber(y.officials, lang)}`).join(", ");
  return responsive(
    (width, idPrefix) =>
      columnChart(points, {
        width,
        height: 220,
        lang,
        idPrefix,
        title: figureTitle(ctx, ctx.t("province.chartTitle", lang, { name }), area.basis, lang),
        desc: desc || ctx.t("province.noCourses", lang),
      }),
    `area-${area.code}`,
  );
}
