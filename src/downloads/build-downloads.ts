/** Every file published under /files/, built from the site's data: tables, workbook, package, archive, catalogue, feed. */
import type { SiteData } from "../site/site-data.ts";
import { atomFeed } from "./atom-feed.ts";
import { dataPackage } from "./data-package.ts";
import { dcatCatalog } from "./linked-data.ts";
import { downloadTables } from "./tables.ts";
import { catalogPath, dataPackagePath, feedPath, fileName, filePath, mediaTypes } from "./paths.ts";
import { manifest } from "./data-page.ts";
import { text } from "./metadata.ts";
import { assertNoFormulas } from "./formula-safety.ts";
import { tableCsv } from "./formats.ts";
import { tableJson } from "./formats.ts";
import type { DataPackageDescriptor, DownloadFile } from "./types.ts";
import { workbook } from "./workbook.ts";
import { zipArchive } from "./formats.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const titled = (key: string) => ({ title_vi: text(key, "vi"), title_en: text(key, "en") });

/** Stem of the workbook and the archive: the package name, which never changes between releases. */
export function packageStem(descriptor: DataPackageDescriptor): string {
  return descriptor.name ?? "data";
}

/**
 * All downloads, in the order the data page lists them: per table its CSV then its JSON; the workbook,
 * datapackage.json, the ZIP of all of these; then catalog.jsonld and changes.atom. Equal input gives
 * equal bytes. Throws when any cell would run as a formula (assertNoFormulas).
 */
export async function buildDownloads(site: SiteData, descriptor: DataPackageDescriptor): Promise<DownloadFile[]> {
  const { build } = site;
  const tables = downloadTables(site, descriptor);
  const tableFiles = tables.flatMap((t): DownloadFile[] => {
    const about = { table: t.name, rows: t.rows.length, title_vi: t.title_vi, title_en: t.title_en };
    return [
      { path: filePath(t.name, "csv"), bytes: tableCsv(t), mediaType: mediaTypes.csv!, ...about },
      { path: filePath(t.name, "json"), bytes: tableJson(t), mediaType: mediaTypes.json!, ...about },
    ];
  });
  const pkg = await dataPackage(descriptor, tables, tableFiles, build);
  const stem = packageStem(descriptor);
  const bundled: DownloadFile[] = [
    ...tableFiles,
    { path: filePath(stem, "xlsx"), bytes: await workbook(tables, descriptor, build), mediaType: mediaTypes.xlsx!, ...titled("downloads.groupWorkbook") },
    { path: dataPackagePath, bytes: utf8(`${JSON.stringify(pkg, null, 2)}\n`), mediaType: mediaTypes.json!, ...titled("downloads.groupPackage") },
  ];
  const zip = zipArchive(Object.fromEntries(bundled.map((f) => [fileName(f.path), f.bytes])), build.dataDate);
  const data = [...bundled, { path: filePath(stem, "zip"), bytes: zip, mediaType: mediaTypes.zip!, ...titled("downloads.groupArchive") }];
  const catalog = dcatCatalog(site, await manifest(data, build.dataDate));
  const files: DownloadFile[] = [
    ...data,
    { path: catalogPath, bytes: utf8(`${JSON.stringify(catalog, null, 2)}\n`), mediaType: mediaTypes.jsonld!, ...titled("downloads.fileCatalog") },
    { path: feedPath, bytes: utf8(atomFeed(site, build.baseUrl)), mediaType: mediaTypes.atom!, ...titled("downloads.fileFeed") },
  ];
  assertNoFormulas(files);
  return files;
}
