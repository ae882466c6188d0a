import { readFileSync } from "node:fs";
import Papa from "papaparse";

/** A row of data/published-facts.csv as written, read here without the site's validator. */
export interface FactRow {
  indicator: string;
  subject: string;
  as_of: string;
  comparison: string;
  value: string;
  source_url: string;
  source_date: string;
}

const read = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8");

/** The rows of data/published-facts.csv. */
export const factRows = Papa.parse<FactRow>(read("published-facts.csv"), { header: true, skipEmptyLines: true }).data;

/** The number of provinces in data/provinces.csv. */
export const provinceCount = Papa.parse(read("provinces.csv"), { header: true, skipEmptyLines: true }).data.length;

/** The latest row of an indicator, by its as_of date. */
export function latestFact(indicator: string): FactRow {
  const rows = factRows.filter((r) => r.indicator === indicator).sort((a, b) => a.as_of.localeCompare(b.as_of));
  const latest = rows.at(-1);
  if (!latest) throw new Error(`published-facts.csv has no ${indicator}`);
  return latest;
}
