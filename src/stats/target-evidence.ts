import type { FactCheck } from "../data/types.ts";
import type { CoveragePoint, Evidence } from "./types.ts";
import { factFigures } from "./fact-figures.ts";

/**
 * The figures a verdict may rest on, oldest first: every published fact on the target's indicator, and
 * each coverage point derived from sourced rows alone (as of 31 December of its year), from the first
 * year a province was reached (a zero before any row says nothing). Sample points never count.
 */
export function targetEvidence(facts: readonly FactCheck[], series: readonly CoveragePoint[], total: number): Evidence[] {
  const published = facts.flatMap(({ fact }): Evidence[] => {
    const target = factFigures[fact.indicator].target;
    if (!target) return [];
    return [{
      date: fact.as_of,
      count: fact.value,
      total,
      share: total === 0 ? 0 : fact.value / total,
      basis: "published",
      comparison: fact.comparison,
      indicator: fact.indicator,
      cumulative: target.cumulative,
      source_url: fact.source_url,
      source_date: fact.source_date,
      quote: fact.quote,
      notes: fact.notes,
    }];
  });
  const derived = series.filter((p) => p.basis === "derived" && p.count > 0).map((p): Evidence => ({
    date: `${p.year}-12-31`,
    count: p.count,
    total: p.total,
    share: p.share,
    basis: "derived",
    comparison: "equals",
    indicator: "coverage",
    cumulative: true,
    source_url: null,
    source_date: null,
    quote: null,
    notes: null,
  }));
  return [...published, ...derived].sort((a, b) => a.date.localeCompare(b.date) || (a.basis === "published" ? -1 : 1));
}

/** The headline: the latest published or derived count of provinces with officials trained in assessment practice. */
export function headlineOf(evidence: readonly Evidence[]): Evidence | null {
  const own = evidence.filter((e) => e.indicator === "provinces_trained_practice" || e.indicator === "coverage");
  let latest: Evidence | null = null;
  for (const e of own) if (!latest || e.date > latest.date) latest = e;
  return latest;
}
