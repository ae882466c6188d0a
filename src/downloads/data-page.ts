/** What the data page shows about the files: the manifest of every file, grouped by table, and the page's other parts. */
import { sha256Hex } from "./formats.ts";
import { catalogPath, dataPackagePath, feedPath, fileName } from "./paths.ts";
import { type Citation, citation, licence } from "./metadata.ts";
import type { DataPackageDescriptor, DownloadFile, ManifestEntry } from "./types.ts";
import type { Lang } from "../i18n/format.ts";
import type { SiteData } from "../site/site-data.ts";
import { datasetJsonLd } from "./linked-data.ts";
import type { PublishedPackage } from "./data-package.ts";
import { dictionary, type DictionaryFile } from "./dictionary.ts";
import { downloadTables } from "./tables.ts";
import { releasesNewestFirst } from "../stats/releases.ts";

// The manifest of the downloads: size, rows, checksum and licence of every file, for the page and the tests.

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

// The global `downloads` of the data page, computed once from the built files.

type ByLang<T> = Record<Lang, T>;

/** The files of one table (its CSV and JSON), or one file of its own (workbook, package, archive, catalogue, feed). */
export interface FileGroup {
  /** Table name, or the file name for a file of its own. */
  key: string;
  title_vi: string;
  title_en: string;
  origin: "data" | "aggregate" | "bundle" | "metadata";
  entries: ManifestEntry[];
}

/** The exact shape of the `downloads` global read by site/pages/data.njk. */
export interface DownloadsData {
  /** Every file under /files/, in page order. */
  manifest: ManifestEntry[];
  /** The manifest grouped for the files table. */
  groups: FileGroup[];
  /** schema.org Dataset, one per page language. */
  jsonLd: ByLang<Record<string, unknown>>;
  citation: ByLang<Citation>;
  dictionary: ByLang<DictionaryFile[]>;
  /** Data releases newest first, with the summary in the page's language. */
  releases: ByLang<{ version: string; date: string; summary: string }[]>;
  /** Paths of the files of the stable-address text. */
  paths: { xlsx: string; zip: string; package: string; catalog: string; feed: string };
}

function groups(entries: readonly ManifestEntry[], origins: ReadonlyMap<string, "data" | "aggregate">): FileGroup[] {
  const out: FileGroup[] = [];
  for (const entry of entries) {
    const key = entry.table ?? entry.name;
    const last = out.at(-1);
    if (last && last.key === key) last.entries.push(entry);
    else {
      const origin = origins.get(key) ?? (entry.path === catalogPath || entry.path === feedPath ? "metadata" : "bundle");
      out.push({ key, title_vi: entry.title_vi, title_en: entry.title_en, origin, entries: [entry] });
    }
  }
  return out;
}

/** downloadsData(site, descriptor, await buildDownloads(site, descriptor)) → the `downloads` global. */
export async function downloadsData(site: SiteData, descriptor: DataPackageDescriptor, files: readonly DownloadFile[]): Promise<DownloadsData> {
  const entries = await manifest(files, site.build.dataDate);
  const packageFile = files.find((f) => f.path === dataPackagePath);
  if (!packageFile) throw new Error("downloadsData: datapackage.json is not among the files");
  const published = JSON.parse(new TextDecoder().decode(packageFile.bytes)) as PublishedPackage;
  const tables = downloadTables(site, descriptor);
  const rows = Object.fromEntries(tables.map((t) => [t.name, t.rows]));
  const distributed = entries.filter((e) => e.path !== catalogPath && e.path !== feedPath);
  const releases = releasesNewestFirst(site.dataset.changelog);
  const byLang = <T>(make: (lang: Lang) => T): ByLang<T> => ({ vi: make("vi"), en: make("en") });
  const find = (format: string) => entries.find((e) => e.format === format)?.path ?? "";
  return {
    manifest: entries,
    groups: groups(entries, new Map(tables.map((t) => [t.name, t.origin]))),
    jsonLd: byLang((lang) => datasetJsonLd(site, distributed, lang)),
    citation: byLang((lang) => citation(site, lang)),
    dictionary: byLang((lang) => dictionary(published, rows, lang)),
    releases: byLang((lang) => releases.map((r) => ({ version: r.version, date: r.date, summary: lang === "vi" ? r.summary_vi : r.summary_en }))),
    paths: { xlsx: find("XLSX"), zip: find("ZIP"), package: dataPackagePath, catalog: catalogPath, feed: feedPath },
  };
}
