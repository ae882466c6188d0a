/** Turns a failed reconciliation of a published figure into a problem that scripts report like any other. */
import { problem, type Problem, type Severity } from "./problem.ts";
import type { FactCheck } from "./types.ts";

/** factMismatch({ fact, computed: 45, ok: false }, "error", { row: 2 }) → a fact-mismatch problem at row 2 of data/published-facts.csv. */
export function factMismatch(check: FactCheck, severity: Severity, options: { displayPrefix?: string; row?: number | null } = {}): Problem {
  const { fact, computed } = check;
  const file = `${options.displayPrefix ?? "data/"}published-facts.csv`;
  return problem("fact-mismatch", severity, file, { row: options.row ?? null, column: "value", value: String(fact.value) }, {
    indicator: fact.indicator,
    subject: fact.subject,
    as_of: fact.as_of,
    comparison: fact.comparison,
    expected: fact.value,
    computed,
    source_url: fact.source_url,
  });
}
