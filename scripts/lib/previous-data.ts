import { stat } from "node:fs/promises";
import path from "node:path";
import { noComparison, noEarlierData, againstLabel, dataResources, type Against, type Bilingual, type Snapshot } from "../../src/checker/index.ts";
import type { PackageDescriptor } from "../../src/data/index.ts";
import { checkPackage } from "../../src/pipeline/index.ts";
import { displayPrefixOf } from "./cli.ts";
import { readResourceFiles } from "./read-data.ts";

/** The data a change is compared with, or why there are none. */
export type Previous = { snapshot: Snapshot; label: Bilingual } | { snapshot: null; note: Bilingual };

const isFolder = (dir: string) => stat(dir).then((s) => s.isDirectory(), () => false);

/**
 * The earlier data: the CSV files of the folder named by --against, else of the last build's /files/
 * (`outDir`/files), read with today's descriptor and checked by today's rules.
 */
export async function previousData(descriptor: PackageDescriptor, against: string | undefined, outDir: string): Promise<Previous> {
  const buildFiles = path.join(outDir, "files");
  const dir = against ?? buildFiles;
  const where: Against = against ? { kind: "folder", path: displayPrefixOf(against) } : { kind: "build", path: displayPrefixOf(buildFiles) };
  if (!(await isFolder(dir))) return { snapshot: null, note: against ? noComparison(where, null) : noEarlierData(displayPrefixOf(buildFiles)) };
  const data = dataResources(descriptor);
  const result = checkPackage(data, await readResourceFiles(dir, data), { displayPrefix: displayPrefixOf(dir) });
  if (!result.ok || !result.dataset || !result.aggregates) {
    return { snapshot: null, note: noComparison(where, result.problems.filter((p) => p.severity === "error").length) };
  }
  return { snapshot: { dataset: result.dataset, aggregates: result.aggregates }, label: againstLabel(where) };
}
