import { factMismatch, validatePackage, type Problem } from "../data/index.ts";
import type { Dataset } from "../data/types.ts";
import { reconcile } from "../stats/index.ts";

/** What a check of the data folder found: the dataset when it can be published, and every problem. */
export interface CheckResult {
  dataset: Dataset | null;
  problems: Problem[];
  ok: boolean;
}

/**
 * Validates every file against data/datapackage.json, then reconciles the published figures.
 * A published figure the data contradicts is an error when strict (CI, --strict), a warning otherwise.
 * Pure, so the same check can run in the browser.
 */
export function checkPackage(
  descriptor: unknown,
  files: Record<string, Uint8Array>,
  options: { strict: boolean; displayPrefix?: string },
): CheckResult {
  const displayPrefix = options.displayPrefix ?? "data/";
  const { dataset, problems } = validatePackage(descriptor, files, { displayPrefix });
  const all = [...problems];
  if (dataset) {
    for (const check of reconcile(dataset)) {
      if (!check.ok) all.push(factMismatch(check, options.strict ? "error" : "warning", { displayPrefix }));
    }
  }
  const ok = dataset !== null && !all.some((p) => p.severity === "error");
  return { dataset: ok ? dataset : null, problems: all, ok };
}
