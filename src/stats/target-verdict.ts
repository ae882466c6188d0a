import type { Target } from "../data/types.ts";
import type { Evidence, TargetVerdict } from "./types.ts";

/** Years of figures the average annual gain is taken over (fewer when the figures span less). */
export const gainWindowYears = 3;

/** Areas a target percentage requires, rounded up: 70% of 63 → 45, 90% of 63 → 57. */
export function targetCount(percent: number, total: number): number {
  // Round away binary noise (e.g. 57.00000000000001) before ceil.
  return Math.ceil(Math.round(percent * total * 1e6) / 1e8);
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));
/** The least the true count can be: "more than 300" is at least 301. */
const lowerBound = (e: Evidence) => (e.comparison === "more_than" ? e.count + 1 : e.count);

/** Average annual gain between the latest cumulative figure and one up to `gainWindowYears` before it, and the year it reaches `needed`. */
function projection(figures: readonly Evidence[], needed: number): TargetVerdict["projection"] {
  const exact = figures.filter((e) => e.cumulative && e.comparison === "equals");
  const latest = exact.at(-1);
  if (!latest) return null;
  const earlier = exact.filter((e) => yearOf(e.date) < yearOf(latest.date));
  const from = earlier.find((e) => yearOf(e.date) >= yearOf(latest.date) - gainWindowYears) ?? earlier.at(-1);
  if (!from) return null;
  const years = yearOf(latest.date) - yearOf(from.date);
  const gain = latest.count - from.count;
  // Integer arithmetic: ceil(gap / (gain / years)) without floating-point division noise.
  const year = gain > 0 ? yearOf(latest.date) + Math.ceil((Math.max(0, needed - latest.count) * years) / gain) : null;
  return { annualGain: gain / years, from: from.date, to: latest.date, year };
}

/**
 * The verdict on one target from published and derived figures only, sorted oldest first. Met: a
 * figure dated by the deadline (31 December of the target year) reaches the count. Missed: an exact
 * figure below the count, dated on the deadline, or after it for a count that can only grow. Otherwise,
 * while the release date is on or before the deadline, a projection (on-track, off-track) or no-evidence;
 * after it, year-passed, with the first figure after the deadline (or else the latest before it).
 */
export function targetVerdict(target: Target, evidence: readonly Evidence[], total: number, releaseDate: string): TargetVerdict {
  const needed = targetCount(target.target_percent, total);
  const deadline = `${target.year}-12-31`;
  const met = evidence.find((e) => e.date <= deadline && lowerBound(e) >= needed);
  const missed = evidence.find(
    (e) => e.comparison === "equals" && e.count < needed && (e.cumulative ? e.date >= deadline : e.date === deadline),
  );
  const known = evidence.filter((e) => e.date <= releaseDate);
  let status: TargetVerdict["status"];
  let decisive: Evidence | null;
  let projected: TargetVerdict["projection"] = null;
  if (met) [status, decisive] = ["met", met];
  else if (missed) [status, decisive] = ["missed", missed];
  else if (releaseDate <= deadline) {
    projected = projection(known, needed);
    decisive = known.at(-1) ?? null;
    status = !projected ? "no-evidence" : projected.year !== null && projected.year <= target.year ? "on-track" : "off-track";
  } else {
    status = "year-passed";
    decisive = evidence.find((e) => e.date > deadline) ?? evidence.filter((e) => e.date <= deadline).at(-1) ?? null;
  }
  // A figure after the deadline says nothing of the gap at the deadline.
  const gapCount = decisive && status !== "year-passed" ? Math.max(0, needed - lowerBound(decisive)) : null;
  return {
    indicator: target.indicator,
    targetYear: target.year,
    targetPercent: target.target_percent,
    targetCount: needed,
    total,
    deadline,
    releaseDate,
    status,
    evidence: decisive,
    gapCount,
    gapPoints: decisive && gapCount !== null ? (gapCount === 0 ? 0 : target.target_percent - decisive.share * 100) : null,
    projection: projected,
    source_url: target.source_url,
    label_vi: target.label_vi,
    label_en: target.label_en,
  };
}
