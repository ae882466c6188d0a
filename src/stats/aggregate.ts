import type { Dataset } from "../data/types.ts";
import type { Aggregates, Figures } from "./types.ts";
import { figures } from "./figures.ts";
import { method } from "./method.ts";
import { markPublished } from "./published-marks.ts";
import { reconcile } from "./reconcile.ts";
import { releasesNewestFirst } from "./releases.ts";
import { headlineOf, targetEvidence } from "./target-evidence.ts";
import { targetVerdict } from "./target-verdict.ts";

/** The date verdicts read the calendar from: the latest release of data/changelog.csv, else the latest date in the data. */
export function releaseDate(dataset: Dataset): string {
  const latest = releasesNewestFirst(dataset.changelog)[0];
  if (latest) return latest.date;
  return [...dataset.facts.map((f) => f.as_of), ...dataset.courses.map((c) => `${c.year}-12-31`)].reduce((a, b) => (b > a ? b : a), "");
}

/**
 * Every figure of the site, computed once. The published facts are checked against the same
 * `figures` computation as of their dates; the values they confirm are marked published; verdicts
 * and the headline rest on published and derived figures only. With `asOf` (ISO date), only courses
 * begun by then count. Courses are ordered by year, basic before advanced, then start date.
 */
export function aggregate(dataset: Dataset, options: { asOf?: string } = {}): Aggregates {
  const measured = new Map<string, Figures | null>();
  const asOf = (date: string) => {
    if (!measured.has(date)) measured.set(date, figures(dataset, date));
    return measured.get(date) ?? null;
  };
  const all = options.asOf ? asOf(options.asOf) : figures(dataset, null);
  if (!all) throw new Error("aggregate: no courses to aggregate");
  const facts = reconcile(dataset.facts, dataset.courses, asOf);
  const marked = markPublished(all, facts);
  const total = dataset.provinces.length;
  const evidence = targetEvidence(facts, marked.coverage.advanced.provinces, total);
  const release = releaseDate(dataset);
  const targets = [...dataset.targets].sort((a, b) => a.year - b.year);
  return {
    ...marked,
    method,
    facts,
    headline: headlineOf(evidence),
    verdicts: targets.map((t) => targetVerdict(t, evidence, total, release)),
    releaseDate: release,
  };
}
