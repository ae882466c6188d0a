/** The tables published under /files/: the resources of data/ as validated, then the aggregated tables, every cell made safe. */
import type { AggregateTable, Cell, DataPackageDescriptor, Row, Table } from "./types.ts";
import type { Dataset } from "../data/types.ts";
import { bilingual } from "../text/bilingual.ts";
import type { SiteData } from "../site/site-data.ts";
import type { Aggregates } from "../stats/types.ts";
import { coverageTable, officialsTable, progressTable } from "./aggregate-tables.ts";
import { neutraliseRow } from "./formula-safety.ts";

// The resources of data/ as published: the validated rows, columns in the descriptor's order.

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

// Every table published under /files/: the resources of data/, then the aggregated tables of the site.

/** The aggregated tables, in the order they are published. */
export const aggregateTables: AggregateTable<Aggregates>[] = [coverageTable, officialsTable, progressTable];

/** All tables, every text cell neutralised against formula injection (see neutralise.ts). */
export function downloadTables(site: SiteData, descriptor: DataPackageDescriptor): Table[] {
  const aggregated: Table[] = aggregateTables.map((t) => ({
    name: t.name,
    title_vi: t.title_vi,
    title_en: t.title_en,
    origin: "aggregate",
    schema: t.schema,
    rows: t.rows(site.stats),
  }));
  return [...publishedTables(site.dataset, descriptor), ...aggregated].map((table) => ({ ...table, rows: table.rows.map(neutraliseRow) }));
}
