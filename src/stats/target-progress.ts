import type { Target } from "../data/types.ts";
import type { CoveragePoint, ProgressStatus, TargetProgress } from "./types.ts";

/** Years of data the average annual gain is taken over (fewer when the series is shorter). */
export const gainWindowYears = 3;

/** Areas a target percentage requires, rounded up: 70% of 63 → 45, 90% of 63 → 57. */
export function targetCount(percent: number, total: number): number {
  // Round away binary noise (e.g. 57.00000000000001) before ceil.
  return Math.ceil(Math.round(percent * total * 1e6) / 1e8);
}

/**
 * Progress of one coverage series toward one target. "achieved": reached by the target year;
 * "missed": data reach the target year and it was not reached by then; otherwise, with at least
 * two years of data, the average annual gain over the last three data years (count of the latest
 * year minus count three years before, divided by three; fewer years when the series is shorter)
 * projects the year the target is reached: "on-track" when that year is no later than the target
 * year, "off-track" when later or when the gain is not positive; "too-early" with one year of data.
 */
export function targetProgress(target: Target, series: readonly CoveragePoint[], basis: TargetProgress["basis"]): TargetProgress {
  const latest = series[series.length - 1];
  if (!latest) throw new Error("targetProgress: empty coverage series");
  const needed = targetCount(target.target_percent, latest.total);
  const reachedIn = series.find((p) => p.count >= needed)?.year ?? null;
  const gapCount = Math.max(0, needed - latest.count);
  let status: ProgressStatus;
  let annualGain: number | null = null;
  let gainWindow: TargetProgress["gainWindow"] = null;
  let projectedYear: number | null = null;
  if (reachedIn !== null && reachedIn <= target.year) status = "achieved";
  else if (latest.year >= target.year) status = "missed";
  else if (series.length < 2) status = "too-early";
  else {
    const window = Math.min(gainWindowYears, series.length - 1);
    const from = series[series.length - 1 - window] as CoveragePoint;
    const gain = latest.count - from.count;
    annualGain = gain / window;
    gainWindow = { from: from.year, to: latest.year };
    // Integer arithmetic: ceil(gap / (gain / window)) without floating-point division noise.
    projectedYear = gain > 0 ? latest.year + Math.ceil((gapCount * window) / gain) : null;
    status = projectedYear !== null && projectedYear <= target.year ? "on-track" : "off-track";
  }
  return {
    indicator: target.indicator,
    basis,
    targetYear: target.year,
    targetPercent: target.target_percent,
    targetCount: needed,
    total: latest.total,
    latestYear: latest.year,
    latestCount: latest.count,
    latestShare: latest.share,
    gapCount,
    gapPoints: Math.max(0, target.target_percent - latest.share * 100),
    status,
    reachedIn,
    annualGain,
    gainWindow,
    projectedYear,
    source_url: target.source_url,
    label_vi: target.label_vi,
    label_en: target.label_en,
    illustrative: latest.illustrative,
  };
}
