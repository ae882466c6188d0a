/**
 * datapackage.json for /files/: a Frictionless Tabular Data Package over the published CSVs. The
 * schemas of data/ resources are the input descriptor's, unchanged; the aggregated tables bring their own.
 */
import type { BuildInfo } from "../site/site-data.ts";
import { sha256Hex } from "./formats.ts";
import { fileName, filePath } from "./paths.ts";
import { licence } from "./metadata.ts";
import type { DataPackageDescriptor, DownloadFile, License, Table, TableSchema } from "./types.ts";

/** One resource of the published datapackage.json. */
export interface PublishedResource {
  name: string;
  path: string;
  profile: "tabular-data-resource";
  title: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  bytes: number;
  /** "sha256:" and the hex digest, as Frictionless writes non-MD5 hashes. */
  hash: string;
  schema: TableSchema;
}

/** The published datapackage.json. */
export interface PublishedPackage {
  profile: "tabular-data-package";
  name: string | undefined;
  title: string | undefined;
  description: string | undefined;
  version: string;
  created: string;
  homepage: string;
  licenses: License[];
  sources: { title: string; path?: string }[];
  resources: PublishedResource[];
}

/** The descriptor object; `csv` holds the CSV file of each table. */
export async function dataPackage(
  descriptor: DataPackageDescriptor,
  tables: readonly Table[],
  csv: readonly DownloadFile[],
  build: BuildInfo,
): Promise<PublishedPackage> {
  const resources = await Promise.all(
    tables.map(async (table) => {
      const file = csv.find((f) => f.path === filePath(table.name, "csv"));
      if (!file) throw new Error(`dataPackage: no CSV for table "${table.name}"`);
      const resource: PublishedResource = {
        name: table.name,
        path: fileName(file.path),
        profile: "tabular-data-resource",
        title: `${table.title_vi} / ${table.title_en}`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: file.bytes.length,
        hash: `sha256:${await sha256Hex(file.bytes)}`,
        schema: table.schema,
      };
      return resource;
    }),
  );
  return {
    profile: "tabular-data-package" as const,
    name: descriptor.name,
    title: descriptor.title,
    description: descriptor.description,
    version: build.dataVersion,
    created: build.dataDate,
    homepage: build.baseUrl,
    licenses: descriptor.licenses ?? [licence],
    sources: descriptor.sources ?? [],
    resources,
  };
}
