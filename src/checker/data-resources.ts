/** The resources an official edits (the tables of the Dataset), and the Dataset read back from published records. */
import { datasetKeyOf } from "../data/to-dataset.ts";
import { contractOf } from "../data/contract/contract-of.ts";
import type { PackageDescriptor, ResourceDescriptor } from "../data/schema.ts";
import type { Dataset } from "../data/types.ts";

/** The descriptor with only the data resources: a published datapackage.json also lists the aggregated tables. */
export function dataResources<T extends PackageDescriptor>(descriptor: T): T {
  return { ...descriptor, resources: descriptor.resources.filter((resource) => resource["x-datasetKey"] !== undefined) };
}

/** "published-facts.csv" → "published-facts": the stem of a resource's file, also the name of its sheet and of its /files/ downloads. */
export function resourceStem(resource: Pick<ResourceDescriptor, "path">): string {
  return resource.path.replace(/^.*\//, "").replace(/\.csv$/i, "");
}

/**
 * The Dataset from published records (the /files/<table>.json downloads), by resource name; null when any
 * table is missing or is not a list of records. The records were validated when they were published.
 */
export function datasetFromRecords(descriptor: PackageDescriptor, records: Record<string, unknown>): Dataset | null {
  const dataset = { contract: contractOf(descriptor) } as Dataset;
  for (const resource of dataResources(descriptor).resources) {
    const table = records[resource.name];
    if (!Array.isArray(table) || table.some((row) => typeof row !== "object" || row === null)) return null;
    const fields = resource.schema.fields.map((field) => field.name);
    const rows = (table as Record<string, unknown>[]).map((row) => Object.fromEntries(fields.map((name) => [name, row[name] ?? null])));
    (dataset as unknown as Record<string, unknown>)[datasetKeyOf(resource)] = rows;
  }
  return dataset;
}
