import { formatNumber, formatPercent, type Lang } from "../../i18n/format.ts";
import type { TargetProgress } from "../../stats/index.ts";
import type { ViewContext } from "./context.ts";

/** The home page's headline: advanced-course coverage at the latest year against the targets. */
export function headline(ctx: ViewContext, lang: Lang) {
  const { stats } = ctx.site;
  const series = stats.coverage.advanced.provinces;
  const latest = series.at(-1);
  const any = stats.coverage.all.provinces.at(-1);
  if (!latest || !any) throw new Error("No coverage series");
  return {
    year: latest.year,
    count: latest.count,
    total: latest.total,
    share: latest.share,
    anyCount: any.count,
    targets: stats.progress.provinces,
    sentence: ctx.t("home.headline", lang, {
      year: latest.year,
      count: latest.count,
      total: latest.total,
      share: formatPercent(latest.share, lang),
    }),
  };
}

/** One sentence on a target's verdict, in the words of its status: "Reached in 2019.", "… (projection)". */
export function progressSentence(ctx: ViewContext, p: TargetProgress, lang: Lang): string {
  const series = p.basis === "provinces" ? ctx.site.stats.coverage.advanced.provinces : ctx.site.stats.coverage.advanced.units;
  const atTarget = series.find((point) => point.year === p.targetYear);
  const params = {
    targetYear: p.targetYear,
    targetCount: p.targetCount,
    total: p.total,
    latestYear: p.latestYear,
    latestCount: p.latestCount,
    reachedIn: p.reachedIn ?? "",
    countAtTarget: atTarget?.count ?? p.latestCount,
    gain: p.annualGain === null ? "" : formatNumber(p.annualGain, lang, 1),
    from: p.gainWindow?.from ?? "",
    to: p.gainWindow?.to ?? "",
    projectedYear: p.projectedYear ?? "",
  };
  const key = p.status === "off-track" && p.projectedYear === null ? "verdict.off-track-never" : `verdict.${p.status}`;
  return ctx.t(key, lang, params);
}
