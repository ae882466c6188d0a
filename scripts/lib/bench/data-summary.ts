/** How big a data folder is: rows of each file its datapackage.json lists, courses and the years they span. */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";

export interface DataSummary {
  /** Rows of every resource, the header not counted. */
  rows: number;
  participants: number;
  courses: number;
  firstYear: number;
  lastYear: number;
}

const parse = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, "utf8").replace(/^\uFEFF/u, ""), { header: true, skipEmptyLines: true }).data;

/** Reads the folder's datapackage.json and counts the rows of each file it lists. */
export function dataSummary(dir: string): DataSummary {
  const { resources } = JSON.parse(readFileSync(path.join(dir, "datapackage.json"), "utf8")) as { resources: { name: string; path: string }[] };
  const tables = new Map(resources.map((r) => [r.name, parse(path.join(dir, r.path))]));
  const years = (tables.get("courses") ?? []).map((c) => Number(c.year));
  return {
    rows: [...tables.values()].reduce((n, rows) => n + rows.length, 0),
    participants: tables.get("participants")?.length ?? 0,
    courses: years.length,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
  };
}
