/** The manifest of the downloads: size, rows, checksum and licence of every file, for the page and the tests. */
import { sha256Hex } from "./checksum.ts";
import { fileName } from "./file-paths.ts";
import { licence } from "./licence.ts";
import type { DownloadFile, ManifestEntry } from "./types.ts";

const formats: Record<string, string> = {
  csv: "CSV",
  json: "JSON",
  xlsx: "XLSX",
  zip: "ZIP",
  jsonld: "JSON-LD",
  atom: "Atom",
};

/** "datapackage.json" → "Data Package"; otherwise the label of the extension: "courses.csv" → "CSV". */
export function formatOf(path: string): string {
  const name = fileName(path);
  if (name === "datapackage.json") return "Data Package";
  return formats[name.slice(name.lastIndexOf(".") + 1)] ?? name.slice(name.lastIndexOf(".") + 1).toUpperCase();
}

/** One entry per file, in the files' order; `updated` is the data date of the release. */
export async function manifest(files: readonly DownloadFile[], updated: string): Promise<ManifestEntry[]> {
  return Promise.all(
    files.map(async (file) => ({
      path: file.path,
      name: fileName(file.path),
      format: formatOf(file.path),
      mediaType: file.mediaType,
      size: file.bytes.length,
      rows: file.rows ?? null,
      table: file.table ?? null,
      sha256: await sha256Hex(file.bytes),
      title_vi: file.title_vi,
      title_en: file.title_en,
      licence: licence.name,
      licenceUrl: licence.path,
      updated,
    })),
  );
}
