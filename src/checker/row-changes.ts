/** Which rows of each data table a change adds, changes and removes, matched by the table's primary key. */
import type { PackageDescriptor } from "../data/schema.ts";
import { datasetKeyOf } from "../data/to-dataset.ts";
import type { Dataset } from "../data/types.ts";
import { dataResources } from "./data-resources.ts";

export interface TableChanges {
  /** The resource's file: "participants.csv". */
  path: string;
  /** Primary keys of the rows, joined: "2018-ADV · 79 · doit". */
  added: string[];
  changed: string[];
  removed: string[];
}

type Rows = Record<string, unknown>[];

/** rowChanges(descriptor, before, after) → one entry per data table, in the descriptor's order, empty lists when nothing changed. */
export function rowChanges(descriptor: PackageDescriptor, before: Dataset, after: Dataset): TableChanges[] {
  return dataResources(descriptor).resources.map((resource) => {
    const fields = resource.schema.fields.map((field) => field.name);
    const keyFields = resource.schema.primaryKey ?? fields;
    const index = (rows: Rows) =>
      new Map(rows.map((row) => [keyFields.map((name) => String(row[name] ?? "")).join(" · "), JSON.stringify(fields.map((name) => row[name] ?? null))]));
    const key = datasetKeyOf(resource);
    const old = index(before[key] as unknown as Rows);
    const now = index(after[key] as unknown as Rows);
    return {
      path: resource.path,
      added: [...now.keys()].filter((id) => !old.has(id)),
      changed: [...now].filter(([id, values]) => old.has(id) && old.get(id) !== values).map(([id]) => id),
      removed: [...old.keys()].filter((id) => !now.has(id)),
    };
  });
}
