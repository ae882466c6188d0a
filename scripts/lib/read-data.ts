import { readFile } from "node:fs/promises";
import path from "node:path";

/** The bytes of every file the descriptor lists that exists in `dir`, by resource path (missing files left out). */
export async function readResourceFiles(dir: string, descriptor: { resources: { path: string }[] }): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const resource of descriptor.resources) {
    try {
      files[resource.path] = new Uint8Array(await readFile(path.join(dir, resource.path)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return files;
}

/** The descriptor of data/datapackage.json and the bytes of every file it lists (missing files left out). */
export async function readDataFolder(dir: string): Promise<{ descriptor: unknown; files: Record<string, Uint8Array> }> {
  const descriptor = JSON.parse(await readFile(path.join(dir, "datapackage.json"), "utf8")) as {
    resources: { path: string }[];
  };
  return { descriptor, files: await readResourceFiles(dir, descriptor) };
}
