/** Shapes shared by the download builders: tables, files, the manifest and the input descriptor. */
import type { FieldDescriptor, ForeignKey, PackageDescriptor, ResourceDescriptor } from "../data/schema.ts";

/** One cell of a published table; null is an empty cell. */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** A Table Schema field; the aggregated tables also publish booleans. */
export type TableField = Omit<FieldDescriptor, "type"> & { type: FieldDescriptor["type"] | "boolean" };

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

/** A table as published under /files/: a resource of data/ or an aggregated table of the site. */
export interface Table {
  /** File stem: /files/{name}.csv and /files/{name}.json. */
  name: string;
  title_vi: string;
  title_en: string;
  origin: "data" | "aggregate";
  schema: TableSchema;
  rows: Row[];
}

/** An aggregated table: its schema, written once, next to the function that fills it. */
export interface AggregateTable<Input> {
  name: string;
  title_vi: string;
  title_en: string;
  schema: TableSchema;
  rows: (input: Input) => Row[];
}

export interface License {
  name: string;
  title?: string;
  path?: string;
}

/** The parsed data/datapackage.json: the validator's view plus the package metadata the downloads repeat. */
export interface DataPackageDescriptor extends PackageDescriptor {
  name?: string;
  title?: string;
  description?: string;
  version?: string;
  licenses?: License[];
  sources?: { title: string; path?: string }[];
  resources: ResourceDescriptor[];
}

/** One file written under /files/. */
export interface DownloadFile {
  /** Site path, e.g. "/files/courses.csv". */
  path: string;
  bytes: Uint8Array;
  mediaType: string;
  /** Name of the table the file holds, when it holds one. */
  table?: string;
  /** Data rows (header not counted). */
  rows?: number;
  title_vi: string;
  title_en: string;
}

/** What the data page and the tests know about one file. */
export interface ManifestEntry {
  path: string;
  /** File name, e.g. "courses.csv". */
  name: string;
  /** Short format label: CSV, JSON, XLSX, ZIP, Data Package, JSON-LD, Atom. */
  format: string;
  mediaType: string;
  /** Size in bytes. */
  size: number;
  rows: number | null;
  table: string | null;
  sha256: string;
  title_vi: string;
  title_en: string;
  licence: string;
  licenceUrl: string;
  /** Date of the data release, ISO. */
  updated: string;
}
