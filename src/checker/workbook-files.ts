/** Turns the sheets of a workbook into the CSV files of the data package, one per resource, by sheet name. */
import type { PackageDescriptor } from "../data/schema.ts";
import { dataResources, resourceStem } from "./data-resources.ts";
import { sheetCsv } from "./sheet-csv.ts";
import type { WorkbookSheet } from "./read-workbook.ts";

export interface WorkbookFiles {
  /** CSV bytes by resource path ("participants.csv"), for the sheets that name a resource. */
  files: Record<string, Uint8Array>;
  /** The sheet each file came from, by resource path. */
  sheets: Record<string, string>;
}

const simple = (name: string) => name.trim().toLowerCase();

/**
 * workbookFiles(descriptor, sheets) → a CSV file for each sheet named after a resource ("participants" or
 * "participants.csv", any case). Other sheets (instructions, aggregated tables) are left out.
 */
export function workbookFiles(descriptor: PackageDescriptor, sheets: readonly WorkbookSheet[]): WorkbookFiles {
  const out: WorkbookFiles = { files: {}, sheets: {} };
  for (const resource of dataResources(descriptor).resources) {
    const names = new Set([resource.name, resourceStem(resource), resource.path].map(simple));
    const sheet = sheets.find((candidate) => names.has(simple(candidate.sheet)));
    if (!sheet) continue;
    out.files[resource.path] = new TextEncoder().encode(sheetCsv(sheet.data));
    out.sheets[resource.path] = sheet.sheet;
  }
  return out;
}
