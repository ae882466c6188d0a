/** The CSV files of data/ as the repository keeps them: UTF-8 without BOM, LF line ends, columns in the descriptor's order. */
import Papa from "papaparse";
import { datasetKeyOf } from "../data/to-dataset.ts";
import type { PackageDescriptor } from "../data/schema.ts";
import type { Dataset } from "../data/types.ts";
import { dataResources } from "./data-resources.ts";

/** dataCsv(["id", "year"], [{ id: "2018-ADV", year: 2018 }]) → "id,year\n2018-ADV,2018\n"; empty cells for null. */
export function dataCsv(fields: string[], records: readonly Record<string, unknown>[]): string {
  const data = records.map((record) => fields.map((name) => (record[name] === null || record[name] === undefined ? "" : String(record[name]))));
  return `${Papa.unparse({ fields, data }, { newline: "\n" })}\n`;
}

/** Every data table of the dataset as the text of its CSV file, by resource path ("courses.csv"). */
export function datasetCsvFiles(descriptor: PackageDescriptor, dataset: Dataset): Record<string, string> {
  return Object.fromEntries(
    dataResources(descriptor).resources.map((resource) => {
      const records = dataset[datasetKeyOf(resource)] as unknown as Record<string, unknown>[];
      return [resource.path, dataCsv(resource.schema.fields.map((field) => field.name), records)];
    }),
  );
}
