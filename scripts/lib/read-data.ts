import { readFile } from "node:fs/promises";
import path from "node:path";

/** The descriptor of data/datapackage.json and the bytes of every file it lists (missing files left out). */
export async function readDataFolder(dir: string): Promise<{ descriptor: unknown; files: Record<string, Uint8Array> }> {
  const descriptor = JSON.parse(await readFile(path.join(dir, "datapackage.json"), "utf8")) as {
    resources: { path: string }[];
  };
  const files: Record<string, Uint8Array> = {};
  for (const resource of descriptor.resources) {
    try {
      files[resource.path] = new Uint8Array(await readFile(path.join(dir, resource.path)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return { descriptor, files };
}
