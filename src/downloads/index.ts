/**
 * The open-data downloads under /files/ and what the data page (site/pages/data.njk) shows about them.
 *
 * In the build:
 *   const files = await buildDownloads(site, descriptor);       // throws if a cell could run as a formula
 *   for (const f of files) write `${outDir}${f.path}`, f.bytes;
 *   the plugin (src/eleventy/plugin.ts) gets await downloadsData(site, descriptor, files) as `downloads`.
 *
 * The `downloads` global (DownloadsData, see data-page.ts):
 *   manifest:   ManifestEntry[]   every file: path, name, format, mediaType, size, rows, table, sha256, titles, licence, updated
 *   groups:     FileGroup[]       the manifest grouped by table, then the workbook, datapackage.json, ZIP, catalogue, feed
 *   jsonLd:     { vi, en }        schema.org Dataset objects
 *   citation:   { vi, en }        { text, bibtex }
 *   dictionary: { vi, en }        DictionaryFile[]: per file, per field: name, type, required, constraints, description, example
 *   releases:   { vi, en }        { version, date, summary }[], newest first
 *   paths:      { xlsx, zip, package, catalog, feed }
 */
export { buildDownloads } from "./build-downloads.ts";
export { chartFiles } from "./chart-files.ts";
export { type DownloadsData, downloadsData } from "./data-page.ts";
export type { DataPackageDescriptor } from "./types.ts";
