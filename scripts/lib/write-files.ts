import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** Writes files given by site path ("/files/courses.csv") into the output folder. */
export async function writeFiles(outDir: string, files: readonly { path: string; bytes: Uint8Array }[]): Promise<void> {
  for (const file of files) {
    const target = path.join(outDir, ...file.path.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
}
