import type { Dataset, FactCheck, PublishedFact } from "../data/types.ts";
import { coursesHeldBy } from "./course-start.ts";

/** The figure a published fact states, recomputed from the rows (see `courseStart` for "held by"). */
function recompute(dataset: Dataset, fact: PublishedFact): number {
  const held = new Set(coursesHeldBy(dataset.courses, dataset.sessions, fact.as_of).map((c) => c.id));
  const advanced = new Set(dataset.courses.filter((c) => c.programme === "advanced").map((c) => c.id));
  const heldRows = dataset.participants.filter((p) => held.has(p.course_id));
  const courseRows = dataset.participants.filter((p) => p.course_id === fact.subject);
  const distinct = (rows: typeof heldRows) => new Set(rows.map((p) => p.province_code)).size;
  switch (fact.indicator) {
    case "provinces_trained_advanced":
      return distinct(heldRows.filter((p) => advanced.has(p.course_id)));
    case "provinces_trained_any":
      return distinct(heldRows);
    case "officials_trained":
      return heldRows.reduce((n, p) => n + p.officials, 0);
    case "course_trainees":
      return courseRows.reduce((n, p) => n + p.officials, 0);
    case "course_provinces":
      return distinct(courseRows);
  }
}

/**
 * Every published fact recomputed as of its date: ok when equal ("equals") or not below ("at_least").
 * A course_trainees fact also needs the course's published trainees, when given, to equal the fact.
 */
export function reconcile(dataset: Dataset): FactCheck[] {
  return dataset.facts.map((fact) => {
    const computed = recompute(dataset, fact);
    let ok = fact.comparison === "equals" ? computed === fact.value : computed >= fact.value;
    if (fact.indicator === "course_trainees") {
      const trainees = dataset.courses.find((c) => c.id === fact.subject)?.trainees ?? null;
      ok &&= trainees === null || trainees === fact.value;
    }
    return { fact, computed, ok };
  });
}
