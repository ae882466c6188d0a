/** Turns checked tables into the typed Dataset of src/data/types.ts. */
import type { Dataset } from "./types.ts";
import type { Tables } from "./validate/table.ts";

/** Which array of the Dataset holds each resource of data/datapackage.json. */
export const datasetKey: Readonly<Record<string, keyof Dataset>> = {
  provinces: "provinces",
  "provinces-2025": "units",
  courses: "courses",
  sessions: "sessions",
  participants: "participants",
  targets: "targets",
  "published-facts": "facts",
  changelog: "changelog",
};

/** toDataset(tables) → one array of rows per resource; call it only when validation found no errors. */
export function toDataset(tables: Tables): Dataset {
  const dataset: Dataset = { provinces: [], units: [], courses: [], sessions: [], participants: [], targets: [], facts: [], changelog: [] };
  for (const [name, table] of tables) {
    const key = datasetKey[name];
    // Validation has checked every value against the descriptor, which the Dataset types mirror.
    if (key) (dataset[key] as unknown[]) = table.rows.map((row) => ({ ...row.values }));
  }
  return dataset;
}
