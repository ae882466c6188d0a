import type { Course, FactCheck, PublishedFact } from "../data/types.ts";
import type { Figures } from "./types.ts";
import { factFigures } from "./fact-figures.ts";

/** Whether a computed value agrees with a published one under its comparison. */
function agrees(fact: PublishedFact, computed: number): boolean {
  if (fact.comparison === "at_least") return computed >= fact.value;
  if (fact.comparison === "more_than") return computed > fact.value;
  return computed === fact.value;
}

/**
 * Every published fact beside the same figure read from `figuresAsOf(fact.as_of)`, the computation the
 * pages print. A course_trainees fact also needs the course's own trainees, when given, to equal it.
 */
export function reconcile(facts: readonly PublishedFact[], courses: readonly Course[], figuresAsOf: (asOf: string) => Figures | null): FactCheck[] {
  return facts.map((fact) => {
    const figures = figuresAsOf(fact.as_of);
    const computed = factFigures[fact.indicator].read(figures, fact);
    const computedBasis = factFigures[fact.indicator].basis(figures, fact);
    if (computed === null) return { fact, computed, computedBasis, ok: null };
    let ok = agrees(fact, computed);
    if (fact.indicator === "course_trainees") {
      const trainees = courses.find((c) => c.id === fact.subject)?.trainees ?? null;
      ok &&= trainees === null || trainees === fact.value;
    }
    return { fact, computed, computedBasis, ok };
  });
}
