import { factMismatch, validatePackage, type Problem } from "../data/index.ts";
import type { Dataset } from "../data/types.ts";
import { aggregate, type Aggregates } from "../stats/index.ts";

/** What a check of the data folder found: the dataset and its figures when they can be published, and every problem. */
export interface CheckResult {
  dataset: Dataset | null;
  /** The figures of the dataset, the very result the pages print; null when the data cannot be read. */
  aggregates: Aggregates | null;
  problems: Problem[];
  ok: boolean;
}

/**
 * Validates every file against data/datapackage.json, aggregates, and compares each published figure with
 * the same figure of the aggregation. A contradiction is an error, so nothing is published, except in the
 * local preview (`preview`), where it is a warning and every page shows it under a red banner.
 * Pure, so the same check can run in the browser.
 */
export function checkPackage(
  descriptor: unknown,
  files: Record<string, Uint8Array>,
  options: { preview?: boolean; displayPrefix?: string } = {},
): CheckResult {
  const displayPrefix = options.displayPrefix ?? "data/";
  const { dataset, problems, rowNumbers } = validatePackage(descriptor, files, { displayPrefix });
  const all = [...problems];
  const aggregates = dataset ? aggregate(dataset) : null;
  aggregates?.facts.forEach((check, i) => {
    if (check.ok !== false) return;
    all.push(factMismatch(check, options.preview ? "warning" : "error", { displayPrefix, row: rowNumbers["published-facts"]?.[i] ?? null }));
  });
  const ok = dataset !== null && !all.some((p) => p.severity === "error");
  return { dataset: ok ? dataset : null, aggregates: ok ? aggregates : null, problems: all, ok };
}
