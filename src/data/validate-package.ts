/** Runs every rule over a data package: the descriptor and the bytes of each CSV file. */
import { problem, type Problem } from "./problem.ts";
import { readCsv, type CsvTable } from "./read-csv.ts";
import { asDescriptor } from "./schema.ts";
import { toDataset } from "./to-dataset.ts";
import type { Dataset } from "./types.ts";
import { checkCells } from "./validate/check-cells.ts";
import { columns } from "./validate/columns.ts";
import { courseId } from "./validate/course-id.ts";
import { foreignKeys } from "./validate/foreign-keys.ts";
import { primaryKey } from "./validate/primary-key.ts";
import { provincesComplete } from "./validate/provinces-complete.ts";
import { sessionDates } from "./validate/session-dates.ts";
import { sessionYear } from "./validate/session-year.ts";
import { sourceUrl } from "./validate/source-url.ts";
import type { Tables } from "./validate/table.ts";
import { trainees } from "./validate/trainees.ts";
import { unique } from "./validate/unique.ts";

export interface ValidateOptions {
  /** Put before each resource path in problems: "data/" (the default) gives "data/courses.csv". */
  displayPrefix?: string;
}

export interface Validation {
  /** Null when any problem is an error. */
  dataset: Dataset | null;
  problems: Problem[];
  /** The spreadsheet row (header = 1) of each record of the dataset, per resource name, for messages about them. */
  rowNumbers: Record<string, number[]>;
}

/** validatePackage(parsed datapackage.json, { "courses.csv": bytes, … }) → the dataset, or null and the problems that block it. */
export function validatePackage(
  descriptorJson: unknown,
  files: Record<string, Uint8Array>,
  options: ValidateOptions = {},
): Validation {
  const descriptor = asDescriptor(descriptorJson);
  const prefix = options.displayPrefix ?? "data/";
  const problems: Problem[] = [];
  // Appended one by one: a 5 MB file can hold more problems than a call may take arguments.
  const add = (...lists: Problem[][]) => lists.forEach((list) => list.forEach((item) => problems.push(item)));
  const read = new Map<string, CsvTable>();
  for (const resource of descriptor.resources) {
    const file = prefix + resource.path;
    const bytes = files[resource.path];
    if (!bytes) {
      problems.push(problem("missing-file", "error", file, {}, { path: resource.path }));
      continue;
    }
    const result = readCsv(bytes, file);
    add(result.problems);
    if (result.table) read.set(resource.name, result.table);
  }

  const tables: Tables = new Map();
  for (const resource of descriptor.resources) {
    const table = read.get(resource.name);
    if (!table) continue;
    const file = prefix + resource.path;
    const header = columns(resource, table, file);
    const checkedByKey = (resource.schema.foreignKeys ?? []).filter(
      (key) => key.fields.length === 1 && read.has(key.reference.resource),
    );
    const skipPattern = new Set(checkedByKey.flatMap((key) => key.fields));
    const cells = checkCells(resource, table, header.positions, file, skipPattern);
    add(header.problems, cells.problems);
    tables.set(resource.name, cells.checked);
  }
  for (const table of tables.values()) {
    add(unique(table), primaryKey(table), sourceUrl(table), foreignKeys(table, tables));
  }
  add(provincesComplete(tables), courseId(tables), sessionDates(tables), sessionYear(tables), trainees(tables));

  const order = descriptor.resources.map((resource) => prefix + resource.path);
  const sorted = problems
    .map((item, index) => ({ item, index }))
    .sort((a, b) => order.indexOf(a.item.file) - order.indexOf(b.item.file) || (a.item.row ?? 0) - (b.item.row ?? 0) || a.index - b.index)
    .map(({ item }) => item);
  const blocked = sorted.some((item) => item.severity === "error");
  const rowNumbers = Object.fromEntries([...tables].map(([name, table]) => [name, table.rows.map((r) => r.row)]));
  return { dataset: blocked ? null : toDataset(tables, descriptor), problems: sorted, rowNumbers };
}
