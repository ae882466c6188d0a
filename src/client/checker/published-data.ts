/** The published site's data files, fetched from the same origin only: the fallback files of a check and its "before". */
import { datasetFromRecords, resourceStem } from "../../checker/data-resources.ts";
import type { PackageDescriptor } from "../../data/schema.ts";
import type { Dataset } from "../../data/types.ts";

export interface Published {
  /** The published CSV files by resource path. */
  files: Record<string, Uint8Array>;
  /** The published dataset, from the JSON files; null when they cannot be read. */
  before: Dataset | null;
}

async function get(url: string): Promise<Response> {
  const response = await fetch(url, { credentials: "same-origin", cache: "no-cache" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/** loadPublished(descriptor, "/files/") → the CSV and JSON of every table, or null when any is missing (offline, not yet published). */
export async function loadPublished(descriptor: PackageDescriptor, filesBase: string): Promise<Published | null> {
  const base = new URL(filesBase, self.location.href);
  if (base.origin !== self.location.origin) return null;
  try {
    const tables = await Promise.all(
      descriptor.resources.map(async (resource) => {
        const stem = resourceStem(resource);
        const [csv, json] = await Promise.all([get(new URL(`${stem}.csv`, base).href), get(new URL(`${stem}.json`, base).href)]);
        return { resource, csv: new Uint8Array(await csv.arrayBuffer()), json: (await json.json()) as unknown };
      }),
    );
    return {
      files: Object.fromEntries(tables.map((t) => [t.resource.path, t.csv])),
      before: datasetFromRecords(descriptor, Object.fromEntries(tables.map((t) => [t.resource.name, t.json]))),
    };
  } catch {
    return null;
  }
}
