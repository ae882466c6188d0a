import { formatDate, formatNumber, formatPercent, type Lang } from "../../i18n/format.ts";
import type { FactCheck, FactIndicator, PublishedFact } from "../../data/types.ts";
import type { Basis, Evidence, TargetVerdict } from "../../stats/index.ts";
import type { ViewContext } from "./context.ts";

/** "https://tietkiemnangluong.com.vn/News/Print/26175" → "tietkiemnangluong.com.vn". */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** Where a figure comes from, in words: "tietkiemnangluong.com.vn, 10/5/2018", or the sourced rows it was computed from. */
function sourceText(ctx: ViewContext, e: Evidence, lang: Lang): string {
  if (!e.source_url) return ctx.t("evidence.derivedSource", lang);
  const host = hostOf(e.source_url);
  return e.source_date ? ctx.t("evidence.sourceDated", lang, { host, date: formatDate(e.source_date, lang) }) : host;
}

/** One figure a verdict rests on, in a sentence with its date and source, in the source's own words where it has them. */
export function evidenceSentence(ctx: ViewContext, e: Evidence, lang: Lang): string {
  const params = {
    count: formatNumber(e.count, lang),
    total: formatNumber(e.total, lang),
    share: formatPercent(e.share, lang),
    date: formatDate(e.date, lang),
    year: e.date.slice(0, 4),
    source: sourceText(ctx, e, lang),
    quote: e.quote ?? "",
  };
  const key = e.indicator === "coverage" ? "derived" : e.indicator === "provinces_cp_specialists" ? "specialists" : "practice";
  return ctx.t(`evidence.${key}`, lang, params);
}

/** The home and progress pages' headline: the latest published (or derived) figure on the target's indicator, with its source. */
export function headline(ctx: ViewContext, lang: Lang) {
  const h = ctx.site.stats.headline;
  if (!h) return null;
  return {
    count: h.count,
    total: h.total,
    share: h.share,
    basis: h.basis,
    date: formatDate(h.date, lang),
    source_url: h.source_url,
    source: sourceText(ctx, h, lang),
    sentence: ctx.t(h.basis === "published" ? "home.headline" : "home.headlineDerived", lang, {
      date: formatDate(h.date, lang),
      count: formatNumber(h.count, lang),
      total: formatNumber(h.total, lang),
      share: formatPercent(h.share, lang),
    }),
  };
}

/** A target's verdict in words: its status label and one or two sentences on the figure it rests on. */
export function verdictView(ctx: ViewContext, v: TargetVerdict, lang: Lang) {
  const evidence = v.evidence ? evidenceSentence(ctx, v.evidence, lang) : ctx.t("verdict.noFigure", lang);
  const params = {
    targetYear: v.targetYear,
    targetCount: formatNumber(v.targetCount, lang),
    total: formatNumber(v.total, lang),
    evidence,
    gain: v.projection ? formatNumber(v.projection.annualGain, lang, 1) : "",
    from: v.projection ? formatDate(v.projection.from, lang) : "",
    to: v.projection ? formatDate(v.projection.to, lang) : "",
    projectedYear: v.projection?.year ?? "",
  };
  const key = v.status === "off-track" && v.projection?.year === null ? "verdict.off-track-never" : `verdict.${v.status}`;
  return {
    verdict: v,
    status: v.status,
    label: ctx.t(`status.${v.status}`, lang, { year: v.targetYear }),
    target: ctx.t("progress.targetShort", lang, { percent: formatNumber(v.targetPercent, lang), year: v.targetYear }),
    text: lang === "vi" ? v.label_vi : v.label_en,
    sentence: ctx.t(key, lang, params),
    gap:
      v.gapCount === null || v.gapPoints === null
        ? "–"
        : v.gapCount === 0
          ? ctx.t("progress.gapNone", lang)
          : ctx.t("progress.gapValue", lang, { count: formatNumber(v.gapCount, lang), points: formatNumber(v.gapPoints, lang, 1) }),
    figure: v.evidence
      ? { text: `${formatNumber(v.evidence.count, lang)}/${formatNumber(v.evidence.total, lang)}`, date: formatDate(v.evidence.date, lang), basis: v.evidence.basis, source_url: v.evidence.source_url }
      : null,
  };
}

/** The home page's key figures: the latest published count of officials and of provinces reached, and the courses. */
export function keyFigures(ctx: ViewContext, lang: Lang) {
  const { stats } = ctx.site;
  const latestFact = (indicator: FactIndicator) =>
    stats.facts.filter((c) => c.fact.indicator === indicator).reduce<FactCheck | null>((a, c) => (!a || c.fact.as_of > a.fact.as_of ? c : a), null);
  const published = (indicator: FactIndicator, key: string, value: (f: PublishedFact) => string) => {
    const check = latestFact(indicator);
    if (!check) return [];
    const { fact } = check;
    return [{
      id: indicator,
      value: value(fact),
      text: ctx.t(key, lang, { date: formatDate(fact.as_of, lang) }),
      basis: "published" as Basis,
      source_url: fact.source_url,
      source: fact.source_date ? ctx.t("evidence.sourceDated", lang, { host: hostOf(fact.source_url), date: formatDate(fact.source_date, lang) }) : hostOf(fact.source_url),
    }];
  };
  return [
    ...published("officials_trained", "home.officialsCard", (f) => ctx.t(`comparison.${f.comparison}`, lang, { value: formatNumber(f.value, lang) })),
    ...published("provinces_trained_any", "home.anyCard", (f) => `${formatNumber(f.value, lang)}/${formatNumber(stats.meta.counts.provinces, lang)}`),
    {
      id: "courses",
      value: formatNumber(stats.meta.counts.courses, lang),
      text: ctx.t("home.coursesCard", lang, { first: stats.meta.firstYear, last: stats.meta.latestYear }),
      basis: stats.bases.courses as Basis,
      source_url: null,
      source: null,
    },
  ];
}
