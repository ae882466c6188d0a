import { formatDate, formatNumber, type Lang } from "../../i18n/format.ts";
import type { ViewContext } from "./context.ts";

/** The coverage table: per year, provinces reached by the advanced course and by any course, and 2025 units. */
export function coverageRows(ctx: ViewContext, lang: Lang) {
  const { advanced, all } = ctx.site.stats.coverage;
  return advanced.provinces.map((point, i) => ({
    year: point.year,
    advanced: point.count,
    share: point.share,
    any: all.provinces[i]?.count ?? 0,
    units: advanced.units[i]?.count ?? 0,
    unitsTotal: advanced.units[i]?.total ?? 0,
    newNames: point.newCodes.map((code) => ctx.name(ctx.province(code), lang)).join(", ") || "–",
  }));
}

/** The method in plain words, from the codes of stats.method: what is counted and how the verdicts are reached. */
export function methodParagraphs(ctx: ViewContext, lang: Lang): string[] {
  const { method } = ctx.site.stats;
  const p = ctx.site.stats.progress.provinces;
  return [
    ctx.t("method.coverage", lang),
    ctx.t("method.places", lang),
    ctx.t("method.courseStart", lang),
    ctx.t("method.targets", lang, {
      list: p.map((x) => ctx.t("method.targetItem", lang, { percent: x.targetPercent, year: x.targetYear, count: x.targetCount, total: x.total })).join("; "),
    }),
    ctx.t("method.statuses", lang),
    ctx.t("method.projection", lang, { window: method.projection.windowYears, minimum: method.projection.minimumYears }),
    ctx.t("method.units", lang),
  ];
}

/** Figures for the about page: targets in numbers, the illustrative rows and the reconciliation table. */
export function about(ctx: ViewContext, lang: Lang) {
  const { stats, dataset } = ctx.site;
  const [first, second] = stats.progress.provinces;
  const total = stats.meta.counts.provinces;
  const facts = ctx.site.facts.map((check) => ({
    label: ctx.t(`facts.${check.fact.indicator}`, lang, { subject: check.fact.subject ?? "", date: formatDate(check.fact.as_of, lang) }),
    published: `${check.fact.comparison === "at_least" ? "≥ " : ""}${formatNumber(check.fact.value, lang)}`,
    computed: formatNumber(check.computed, lang),
    source: check.fact.source_url,
    sourceHost: new URL(check.fact.source_url).hostname,
  }));
  const sources = new Map<string, string>();
  for (const t of dataset.targets) sources.set(t.source_url, ctx.t("about.strategySource", lang));
  for (const c of stats.courses) for (const url of c.sources) if (!sources.has(url)) sources.set(url, url);
  return {
    targets: {
      total,
      firstPercent: first?.targetPercent ?? "",
      firstYear: first?.targetYear ?? "",
      firstCount: first?.targetCount ?? "",
      secondPercent: second?.targetPercent ?? "",
      secondYear: second?.targetYear ?? "",
      secondCount: second?.targetCount ?? "",
    },
    rows: {
      participants: stats.illustrative.rows.participants,
      sessions: stats.illustrative.rows.sessions.length,
      courses: stats.illustrative.rows.courses.length,
    },
    facts,
    sources: [...sources].map(([url, title]) => ({ url, title })),
  };
}

/**
 * The targets table: each target measured in its own year when the data reach it (a 2015 target is
 * judged on 2015), otherwise at the latest year; the gap is what was or is still missing then.
 */
export function targetRows(ctx: ViewContext, lang: Lang) {
  const series = ctx.site.stats.coverage.advanced.provinces;
  return ctx.site.stats.progress.provinces.map((p) => {
    const year = Math.min(p.targetYear, p.latestYear);
    const point = series.find((s) => s.year === year) ?? series.at(-1)!;
    const gapCount = Math.max(0, p.targetCount - point.count);
    const gapPoints = Math.max(0, p.targetPercent - point.share * 100);
    return {
      progress: p,
      label: lang === "vi" ? p.label_vi : p.label_en,
      year,
      count: point.count,
      total: point.total,
      share: point.share,
      gap: gapCount === 0 ? ctx.t("progress.gapNone", lang) : ctx.t("progress.gapValue", lang, { count: gapCount, points: formatNumber(gapPoints, lang, 1) }),
    };
  });
}
