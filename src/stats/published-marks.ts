import type { FactCheck, FactIndicator } from "../data/types.ts";
import type { CoveragePoint, Figures } from "./types.ts";

/** The value of the year a confirmed fact dates from, marked "published" with the fact's source. */
function markSeries(series: readonly CoveragePoint[], checks: readonly FactCheck[], indicator: FactIndicator): CoveragePoint[] {
  const stated = checks.filter((c) => c.ok === true && c.fact.indicator === indicator);
  return series.map((point) => {
    const check = stated.find((c) => Number(c.fact.as_of.slice(0, 4)) === point.year && c.computed === point.count);
    return check ? { ...point, basis: "published", source_url: check.fact.source_url } : point;
  });
}

/**
 * The figures with every value a confirmed published fact states marked "published": the provinces
 * reached at the fact's year (when the count there is the fact's), a course's trainees and its provinces.
 */
export function markPublished(figures: Figures, checks: readonly FactCheck[]): Figures {
  const { coverage } = figures;
  const confirmed = (indicator: FactIndicator) => new Set(checks.filter((c) => c.ok === true && c.fact.indicator === indicator).map((c) => c.fact.subject));
  const trainees = confirmed("course_trainees");
  const provinces = confirmed("course_provinces");
  return {
    ...figures,
    coverage: {
      advanced: { ...coverage.advanced, provinces: markSeries(coverage.advanced.provinces, checks, "provinces_trained_practice") },
      all: { ...coverage.all, provinces: markSeries(coverage.all.provinces, checks, "provinces_trained_any") },
    },
    courses: figures.courses.map((c) => ({
      ...c,
      traineesBasis: trainees.has(c.id) && c.trainees !== null ? "published" : c.traineesBasis,
      provinceCountBasis: provinces.has(c.id) ? "published" : c.provinceCountBasis,
    })),
  };
}
