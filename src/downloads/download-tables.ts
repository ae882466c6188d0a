/** Every table published under /files/: the resources of data/, then the aggregated tables of the site. */
import type { SiteData } from "../site/site-data.ts";
import type { Aggregates } from "../stats/types.ts";
import { coverageTable } from "./coverage-table.ts";
import { neutraliseRow } from "./neutralise.ts";
import { officialsTable } from "./officials-table.ts";
import { progressTable } from "./progress-table.ts";
import { publishedTables } from "./published-tables.ts";
import type { AggregateTable, DataPackageDescriptor, Table } from "./types.ts";

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
