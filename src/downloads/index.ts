/**
 * The open-data downloads under /files/ and what the data page (site/pages/data.njk) shows about them.
 *
 * In the build:
 *   const files = await buildDownloads(site, descriptor);       // throws if a cell could run as a formula
 *   for (const f of files) write `${outDir}${f.path}`, f.bytes;
 *   eleventyConfig.addGlobalData("downloads", await downloadsData(site, descriptor, files));
 *
 * The `downloads` global (DownloadsData, see downloads-data.ts):
 *   manifest:   ManifestEntry[]   every file: path, name, format, mediaType, size, rows, table, sha256, titles, licence, updated
 *   groups:     FileGroup[]       the manifest grouped by table, then the workbook, datapackage.json, ZIP, catalogue, feed
 *   jsonLd:     { vi, en }        schema.org Dataset objects
 *   citation:   { vi, en }        { text, bibtex }
 *   dictionary: { vi, en }        DictionaryFile[]: per file, per field: name, type, required, constraints, description, example
 *   releases:   { vi, en }        { version, date, summary }[], newest first
 *   paths:      { xlsx, zip, package, catalog, feed }
 */
export { atomFeed } from "./atom-feed.ts";
export { sha256Hex } from "./checksum.ts";
export { citation, type Citation } from "./citation.ts";
export { coverageTable } from "./coverage-table.ts";
export { dataPackage, type PublishedPackage, type PublishedResource } from "./data-package.ts";
export { datasetJsonLd, temporalCoverage } from "./dataset-json-ld.ts";
export { dcatCatalog } from "./dcat-catalog.ts";
export { dictionary, type DescribedPackage, type DictionaryField, type DictionaryFile } from "./dictionary.ts";
export { aggregateTables, downloadTables } from "./download-tables.ts";
export { downloadsData, type DownloadsData, type FileGroup } from "./downloads-data.ts";
export { buildDownloads, packageStem } from "./build-downloads.ts";
export { chartFiles, figureCsv, figureSvg } from "./chart-files.ts";
export { field, round } from "./field.ts";
export { catalogPath, dataPackagePath, feedPath, fileName, filePath, filesDir, mediaTypeOf, mediaTypes } from "./file-paths.ts";
export { licence } from "./licence.ts";
export { formatOf, manifest } from "./manifest.ts";
export { downloadMessages, text } from "./messages.ts";
export { looksLikeFormula, neutralise, neutraliseRow } from "./neutralise.ts";
export { assertNoFormulas } from "./no-formulas.ts";
export { officialsTable } from "./officials-table.ts";
export { progressTable } from "./progress-table.ts";
export { publishedTables } from "./published-tables.ts";
export { publisherUrl, vietNamGeoNames } from "./publisher.ts";
export { releasesNewestFirst } from "./releases.ts";
export { tableCsv } from "./table-csv.ts";
export { tableJson } from "./table-json.ts";
export { readmeSheetName, workbook } from "./workbook.ts";
export { rezip, zipArchive, zipTime } from "./zip-archive.ts";
export type * from "./types.ts";
