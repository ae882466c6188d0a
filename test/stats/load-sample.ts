import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { validatePackage } from "../../src/data/index.ts";
import type { Dataset } from "../../src/data/types.ts";

const dataDir = new URL("../../data/", import.meta.url);

interface Field {
  name: string;
  type: string;
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[] };
}

/** The resources of data/datapackage.json. */
export function resources(): Resource[] {
  return (JSON.parse(readFileSync(new URL("datapackage.json", dataDir), "utf8")) as { resources: Resource[] }).resources;
}

/** Header row and records of one CSV in data/, typed by its datapackage fields: empty cell → null, integers and numbers parsed. */
export function readResource(resource: Resource): { header: string[]; rows: Record<string, unknown>[] } {
  const text = readFileSync(new URL(resource.path, dataDir), "utf8");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${resource.path}: ${parsed.errors[0]?.message}`);
  const types = new Map(resource.schema.fields.map((f) => [f.name, f.type]));
  const rows = parsed.data.map((record) =>
    Object.fromEntries(
      Object.entries(record).map(([key, cell]) => {
        if (cell === "") return [key, null];
        const type = types.get(key);
        return [key, type === "integer" ? Number.parseInt(cell, 10) : type === "number" ? Number(cell) : cell];
      }),
    ),
  );
  return { header: parsed.meta.fields ?? [], rows };
}

/** The sample dataset of data/, read and validated by the site's own validator; throws if it has errors. */
export function loadSample(): Dataset {
  const files: Record<string, Uint8Array> = {};
  for (const resource of resources()) files[resource.path] = new Uint8Array(readFileSync(new URL(resource.path, dataDir)));
  const descriptor: unknown = JSON.parse(readFileSync(new URL("datapackage.json", dataDir), "utf8"));
  const { dataset, problems } = validatePackage(descriptor, files);
  if (!dataset) throw new Error(`data/ is not valid: ${problems.map((p) => p.code).join(", ")}`);
  return dataset;
}
