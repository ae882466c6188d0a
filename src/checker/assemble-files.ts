/** Puts together the files to check: what the official gave (CSV files, or the sheets of one workbook), then the published files for the rest. */
import type { Problem } from "../data/problem.ts";
import type { PackageDescriptor } from "../data/schema.ts";
import { dataResources, resourceStem } from "./data-resources.ts";
import type { WorkbookFiles } from "./workbook-files.ts";

/** Where a file of the check came from. */
export type FileOrigin = "file" | "sheet" | "published" | "missing";

export interface GivenFile {
  name: string;
  bytes: Uint8Array;
}

export interface AssembledFiles {
  /** Bytes by resource path ("participants.csv"). */
  files: Record<string, Uint8Array>;
  origins: { path: string; origin: FileOrigin; name: string }[];
  /** How problems name each file: "data/participants.csv" → "so-lieu.xlsx › participants" for a sheet. */
  labels: Record<string, string>;
  /** Names of given files that are no file of the data. */
  unknown: string[];
}

/** The resource path a file name stands for: "Participants (1).csv" → "participants.csv"; null for any other name. */
export function resourcePathOf(descriptor: PackageDescriptor, name: string): string | null {
  const base = name.replace(/^.*[\\/]/, "").toLowerCase().replace(/\s*\(\d+\)(?=\.csv$)/, "");
  return dataResources(descriptor).resources.find((r) => r.path.toLowerCase() === base || `${resourceStem(r)}.csv` === base)?.path ?? null;
}

/**
 * assembleFiles(descriptor, { csv, workbook }, fallback) → the files to validate: a given CSV file wins over
 * a sheet of the workbook, which wins over the fallback (the published files); a file in none is missing.
 */
export function assembleFiles(
  descriptor: PackageDescriptor,
  given: { csv: readonly GivenFile[]; workbook?: { name: string; files: WorkbookFiles } | null },
  fallback: Record<string, Uint8Array> = {},
  displayPrefix = "data/",
): AssembledFiles {
  const out: AssembledFiles = { files: {}, origins: [], labels: {}, unknown: [] };
  const byPath = new Map<string, GivenFile>();
  for (const file of given.csv) {
    const path = resourcePathOf(descriptor, file.name);
    if (path) byPath.set(path, file);
    else out.unknown.push(file.name);
  }
  for (const resource of dataResources(descriptor).resources) {
    const path = resource.path;
    const file = byPath.get(path);
    const sheet = given.workbook?.files.sheets[path];
    if (file) {
      out.files[path] = file.bytes;
      out.origins.push({ path, origin: "file", name: file.name });
    } else if (sheet !== undefined && given.workbook) {
      out.files[path] = given.workbook.files.files[path]!;
      out.origins.push({ path, origin: "sheet", name: `${given.workbook.name} › ${sheet}` });
      out.labels[displayPrefix + path] = `${given.workbook.name} › ${sheet}`;
    } else if (fallback[path]) {
      out.files[path] = fallback[path];
      out.origins.push({ path, origin: "published", name: path });
    } else {
      out.origins.push({ path, origin: "missing", name: path });
    }
  }
  return out;
}

/** How the report of a workbook ends: save it as a workbook, then import it (what `npm run import` prints too). */
export function workbookReportOptions(name: string): { saveAs: string; command: string } {
  return { saveAs: "Excel Workbook (.xlsx)", command: `npm run import -- ${name}` };
}

/** The problems with their file named as the official knows it (a workbook's sheet instead of the CSV it became). */
export function relabel(problems: readonly Problem[], labels: Record<string, string>): Problem[] {
  return problems.map((item) => (labels[item.file] ? { ...item, file: labels[item.file]! } : item));
}
