/** Where the downloads live: stable addresses under /files/ and the media type of each file. */

/**
 * The stable address scheme of the downloads. Names never carry a version or a date, so a link keeps
 * pointing at the latest release: /files/{table}.csv, /files/{table}.json, /files/{package}.xlsx,
 * /files/{package}.zip, /files/datapackage.json, /files/catalog.jsonld, /files/changes.atom.
 */

export const filesDir = "/files/";

/** filePath("courses", "csv") → "/files/courses.csv". */
export function filePath(stem: string, extension: string): string {
  return `${filesDir}${stem}.${extension}`;
}

/** "/files/courses.csv" → "courses.csv". */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

export const dataPackagePath = `${filesDir}datapackage.json`;
export const catalogPath = `${filesDir}catalog.jsonld`;
export const feedPath = `${filesDir}changes.atom`;

/** Media types of the published files, by extension. */
export const mediaTypes: Record<string, string> = {
  csv: "text/csv",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
  jsonld: "application/ld+json",
  atom: "application/atom+xml",
  svg: "image/svg+xml",
};

/** The media type of a path from its extension; "application/octet-stream" when unknown. */
export function mediaTypeOf(path: string): string {
  return mediaTypes[path.slice(path.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}
