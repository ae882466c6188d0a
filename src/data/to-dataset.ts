/** Turns checked tables into the typed Dataset of src/data/types.ts. */
import { contractOf } from "./contract/contract-of.ts";
import type { PackageDescriptor, ResourceDescriptor } from "./schema.ts";
import type { Dataset } from "./types.ts";
import type { Tables } from "./validate/table.ts";

/** The key of a resource's rows in the Dataset: its x-datasetKey ("provinces-2025" → "units"), else its name. */
export function datasetKeyOf(resource: Pick<ResourceDescriptor, "name" | "x-datasetKey">): keyof Dataset & string {
  return (resource["x-datasetKey"] ?? resource.name) as keyof Dataset & string;
}

/** toDataset(tables, descriptor) → one array of rows per resource, under its x-datasetKey; call it only when validation found no errors. */
export function toDataset(tables: Tables, descriptor: PackageDescriptor): Dataset {
  const dataset: Record<string, unknown> = { contract: contractOf(descriptor) };
  for (const resource of descriptor.resources) {
    // Validation has checked every value against the descriptor, which the Dataset types mirror.
    dataset[datasetKeyOf(resource)] = (tables.get(resource.name)?.rows ?? []).map((row) => ({ ...row.values }));
  }
  return dataset as unknown as Dataset;
}
