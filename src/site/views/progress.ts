import { formatNumber, formatPercent, type Lang } from "../../i18n/format.ts";
import type { PublishedFact } from "../../data/types.ts";
import type { Basis } from "../../stats/index.ts";
import type { ViewContext } from "./context.ts";
import { hostOf, verdictView } from "./headline.ts";

/** A published figure's name from the contract, with the course it is about: "Trainees of one course (2018-ADV)". */
function factLabel(ctx: ViewContext, fact: PublishedFact, lang: Lang): string {
  const name = ctx.label("published-facts.indicator", fact.indicator, lang);
  return fact.subject ? `${name} (${fact.subject})` : name;
}

/** A number as the tables print it, with the basis its mark shows and the source of a published one. */
export interface MarkedValue {
  text: string;
  value: number;
  basis: Basis;
  source_url: string | null;
}

/** The coverage table: per year, provinces reached by the advanced course and by any course, and 2025 units. */
export function coverageRows(ctx: ViewContext, lang: Lang) {
  const { advanced, all } = ctx.site.stats.coverage;
  return advanced.provinces.map((point, i) => {
    const any = all.provinces[i];
    const units = advanced.units[i];
    const marked = (p: typeof point | undefined): MarkedValue => ({
      text: formatNumber(p?.count ?? 0, lang),
      value: p?.count ?? 0,
      basis: p?.basis ?? "sample",
      source_url: p?.source_url ?? null,
    });
    return {
      year: point.year,
      advanced: marked(point),
      share: formatPercent(point.share, lang),
      shareValue: point.share,
      any: marked(any),
      units: { ...marked(units), text: `${formatNumber(units?.count ?? 0, lang)}/${formatNumber(units?.total ?? 0, lang)}` },
      newNames: point.newCodes.map((code) => ctx.name(ctx.province(code), lang)).join(", ") || "–",
      namesBasis: point.rowsBasis,
    };
  });
}

/** The method in plain words, from the codes of stats.method: what is counted and how the verdicts are reached. */
export function methodParagraphs(ctx: ViewContext, lang: Lang): string[] {
  const { method, verdicts } = ctx.site.stats;
  return [
    ctx.t("method.coverage", lang),
    ctx.t("method.places", lang),
    ctx.t("method.courseStart", lang),
    ctx.t("method.targets", lang, {
      list: verdicts.map((v) => ctx.t("method.targetItem", lang, { percent: v.targetPercent, year: v.targetYear, count: v.targetCount, total: v.total })).join("; "),
    }),
    ctx.t("method.bases", lang),
    ctx.t("method.statuses", lang),
    ctx.t("method.projection", lang, { window: method.projection.windowYears, minimum: method.projection.minimumFigures }),
    ctx.t("method.units", lang),
  ];
}

/** Figures for the about page: targets in numbers, the illustrative rows and the published figures beside the data's. */
export function about(ctx: ViewContext, lang: Lang) {
  const { stats, dataset } = ctx.site;
  const [first, second] = stats.verdicts;
  const facts = stats.facts.map((check) => ({
    label: factLabel(ctx, check.fact, lang),
    date: check.fact.as_of,
    published: ctx.t(`comparison.${check.fact.comparison}`, lang, { value: formatNumber(check.fact.value, lang) }),
    computed: check.computed === null ? ctx.t("about.notComputed", lang) : formatNumber(check.computed, lang),
    computedBasis: check.computedBasis,
    ok: check.ok,
    quote: check.fact.quote,
    source: check.fact.source_url,
    sourceHost: hostOf(check.fact.source_url),
  }));
  const sources = new Map<string, string>();
  for (const t of dataset.targets) sources.set(t.source_url, ctx.t("about.strategySource", lang));
  for (const f of dataset.facts) if (!sources.has(f.source_url)) sources.set(f.source_url, f.source_url);
  for (const c of stats.courses) for (const url of c.sources) if (!sources.has(url)) sources.set(url, url);
  return {
    targets: {
      total: stats.meta.counts.provinces,
      firstPercent: first?.targetPercent ?? "",
      firstYear: first?.targetYear ?? "",
      firstCount: first?.targetCount ?? "",
      secondPercent: second?.targetPercent ?? "",
      secondYear: second?.targetYear ?? "",
      secondCount: second?.targetCount ?? "",
    },
    rows: {
      participants: stats.bases.sampleRows.participants,
      sessions: stats.bases.sampleRows.sessions.length,
      courses: stats.bases.sampleRows.courses.length,
    },
    facts,
    sources: [...sources].map(([url, title]) => ({ url, title })),
  };
}

/** The targets table and cards: each target's verdict in words, from the verdicts of src/stats. */
export function targetRows(ctx: ViewContext, lang: Lang) {
  return ctx.site.stats.verdicts.map((v) => verdictView(ctx, v, lang));
}

/** The published figures that the data contradict (only the local preview builds with them), for the red banner. */
export function contradictions(ctx: ViewContext, lang: Lang) {
  return ctx.site.stats.facts
    .filter((c) => c.ok === false)
    .map((c) => ctx.t("preview.contradiction", lang, {
      fact: factLabel(ctx, c.fact, lang),
      published: formatNumber(c.fact.value, lang),
      computed: formatNumber(c.computed ?? 0, lang),
    }));
}
