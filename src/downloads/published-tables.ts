/** The resources of data/ as published: the validated rows, columns in the descriptor's order. */
import type { Dataset } from "../data/types.ts";
import { bilingual } from "../text/bilingual.ts";
import type { Cell, DataPackageDescriptor, Row, Table } from "./types.ts";


/** A file stem from the resource path: "published-facts.csv" → "published-facts". */
function stem(path: string): string {
  return path.replace(/^.*\//, "").replace(/\.csv$/i, "");
}

/**
 * One table per resource of the descriptor, read from the validated Dataset (whose dates the
 * validator has already made ISO). Throws for a resource the Dataset does not carry: a contract change
 * that the downloads must follow.
 */
export function publishedTables(dataset: Dataset, descriptor: DataPackageDescriptor): Table[] {
  return descriptor.resources.map((resource) => {
    const key = resource["x-datasetKey"] ?? resource.name;
    const records = (dataset as unknown as Record<string, Record<string, unknown>[] | undefined>)[key];
    if (!records) throw new Error(`publishedTables: no Dataset table for resource "${resource.name}"`);
    const rows: Row[] = records.map((record) =>
      Object.fromEntries(resource.schema.fields.map((field) => [field.name, (record[field.name] ?? null) as Cell])),
    );
    const title = bilingual(resource.title ?? resource.name);
    return { name: stem(resource.path), title_vi: title.vi, title_en: title.en, origin: "data", schema: resource.schema, rows };
  });
}
