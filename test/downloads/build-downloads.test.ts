import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../src/data/types.ts";
import { assertNoFormulas } from "../../src/downloads/formula-safety.ts";
import { buildDownloads } from "../../src/downloads/build-downloads.ts";
import { manifest } from "../../src/downloads/data-page.ts";
import { type DownloadFile } from "../../src/downloads/types.ts";
import type { SiteData } from "../../src/site/site-data.ts";
import { descriptor, sampleSite, smallDataset, smallSite } from "./fixture.ts";

const text = (f: DownloadFile) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(f.bytes);
const csvRows = (f: DownloadFile) => Papa.parse<string[]>(text(f).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
const json = (f: DownloadFile) => JSON.parse(text(f)) as Record<string, unknown>[];
const cell = (v: unknown) => (v === null || v === undefined ? "" : String(v));

let site: SiteData;
let files: DownloadFile[];
const file = (path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f;
};

beforeAll(async () => {
  site = sampleSite();
  files = await buildDownloads(site, descriptor());
}, 60_000);

describe("buildDownloads(site, descriptor) on the sample data", () => {
  it("publishes a CSV and a JSON per table, then the workbook, datapackage.json, the ZIP, the catalogue and the feed", () => {
    const tables = [...descriptor().resources.map((r) => r.path.replace(".csv", "")), "coverage-by-year", "officials-by-province-year", "progress-toward-targets"];
    expect(files.map((f) => f.path)).toEqual([
      ...tables.flatMap((t) => [`/files/${t}.csv`, `/files/${t}.json`]),
      "/files/moit-cleaner-production-training.xlsx",
      "/files/datapackage.json",
      "/files/moit-cleaner-production-training.zip",
      "/files/catalog.jsonld",
      "/files/changes.atom",
    ]);
  });

  it("writes every CSV with a byte-order mark", () => {
    for (const f of files.filter((x) => x.path.endsWith(".csv"))) expect([...f.bytes.slice(0, 3)], f.path).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("writes each table of data/ as validated, columns in the descriptor's order, in CSV and in JSON", () => {
    for (const resource of descriptor().resources) {
      const names = resource.schema.fields.map((f) => f.name);
      const records = site.dataset[(resource["x-datasetKey"] ?? resource.name) as keyof Dataset] as unknown as Record<string, unknown>[];
      const stem = resource.path.replace(".csv", "");
      const [header, ...rows] = csvRows(file(`/files/${stem}.csv`));
      expect(header, stem).toEqual(names);
      expect(rows, stem).toEqual(records.map((r) => names.map((n) => cell(r[n]))));
      expect(json(file(`/files/${stem}.json`)), stem).toEqual(records.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null]))));
      expect(file(`/files/${stem}.csv`).rows).toBe(records.length);
    }
  });

  it("shows 49 of 63 provinces reached by the advanced course by the end of 2017, the published figure", () => {
    const rows = json(file("/files/coverage-by-year.json"));
    expect(rows.find((r) => r.year === 2017)).toMatchObject({ provinces_total: 63, provinces_advanced: 49, share_advanced: 0.7778, units_total: 34 });
    expect(rows.at(-1)).toMatchObject({ provinces_any: 63, share_any: 1 });
  });

  it("gives every one of the 63 provinces a row per year, adding up to all officials", () => {
    const rows = json(file("/files/officials-by-province-year.json"));
    const years = site.stats.meta.latestYear - site.stats.meta.firstYear + 1;
    expect(rows).toHaveLength(63 * years);
    expect(rows.reduce((n, r) => n + (r.officials as number), 0)).toBe(site.stats.officials.total);
    const [header, ...csv] = csvRows(file("/files/officials-by-province-year.csv"));
    expect(header).toEqual(["code", "name_vi", "name_en", "year", "officials", "cumulative", "basis"]);
    expect(csv[0]).toEqual(["01", "Hà Nội", "Ha Noi", String(site.stats.meta.firstYear), ...[rows[0]!.officials, rows[0]!.cumulative].map(String), "sample"]);
  });

  it("gives the verdict on both targets with the published figure each rests on, none from the sample", () => {
    const rows = json(file("/files/progress-toward-targets.json"));
    expect(rows.map((r) => [r.target_year, r.target_count, r.total, r.status, r.evidence_basis])).toEqual([
      [2015, 45, 63, "year-passed", "published"],
      [2020, 57, 63, "met", "published"],
    ]);
  });

  it("reads back from the workbook: a README sheet, then a sheet per table with a bold header and the same cells", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file("/files/moit-cleaner-production-training.xlsx").bytes.slice().buffer as ArrayBuffer);
    const tables = files.filter((f) => f.path.endsWith(".csv"));
    expect(book.worksheets.map((s) => s.name)).toEqual(["Giới thiệu - README", ...tables.map((f) => f.table)]);
    const readme = book.worksheets[0]!;
    const readmeText = readme.getSheetValues().flat().join(" ");
    expect(readmeText).toContain("CC-BY-4.0");
    expect(readmeText).toContain(site.build.dataVersion);
    expect(readmeText).toContain("https://tietkiemnangluong.com.vn/News/Print/26175");
    for (const csv of tables) {
      const sheet = book.getWorksheet(csv.table!)!;
      const [header, ...rows] = csvRows(csv);
      expect(sheet.getRow(1).font?.bold, csv.table).toBe(true);
      expect(sheet.rowCount, csv.table).toBe(rows.length + 1);
      const values = (n: number) => header!.map((_, i) => cell(sheet.getRow(n).getCell(i + 1).value));
      expect(values(1)).toEqual(header);
      expect(values(2), csv.table).toEqual(rows[0]);
      expect(values(rows.length + 1), csv.table).toEqual(rows.at(-1));
    }
    expect(typeof book.getWorksheet("participants")!.getRow(2).getCell(4).value).toBe("number");
  });

  it("has checksums in the manifest that match the bytes", async () => {
    for (const entry of await manifest(files, site.build.dataDate)) {
      expect(entry.sha256, entry.path).toBe(createHash("sha256").update(file(entry.path).bytes).digest("hex"));
      expect(entry.size).toBe(file(entry.path).bytes.length);
    }
  });

  it("zips exactly the tables, the workbook and datapackage.json, with equal bytes", () => {
    const zipped = unzipSync(file("/files/moit-cleaner-production-training.zip").bytes);
    const listed = files.filter((f) => !/\.(zip|jsonld|atom)$/.test(f.path));
    expect(Object.keys(zipped)).toEqual(listed.map((f) => f.path.replace("/files/", "")));
    for (const f of listed) expect(zipped[f.path.replace("/files/", "")], f.path).toEqual(f.bytes);
  });

  it("passes its own formula check", () => {
    expect(() => assertNoFormulas(files)).not.toThrow();
  });

  it("gives the same bytes when run again at another time", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-07-04T15:16:17Z"));
    const again = await buildDownloads(sampleSite(), descriptor()).finally(() => vi.useRealTimers());
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    for (const [i, f] of again.entries()) expect(f.bytes, f.path).toEqual(files[i]!.bytes);
  }, 60_000);
});

describe("buildDownloads(site, descriptor) with cells that look like formulas", () => {
  const hostile = () => {
    const d = smallDataset();
    d.courses[0]!.notes = '=HYPERLINK("http://evil.example","bấm")';
    d.courses[1]!.title_en = "@SUM(1+1)";
    d.sessions[0]!.city = "-Hà Nội";
    d.provinces[1]!.name_en = "+Phu Tho";
    return d;
  };
  let out: DownloadFile[];
  beforeAll(async () => {
    out = await buildDownloads(smallSite(hostile()), descriptor());
  }, 60_000);
  const get = (path: string) => out.find((f) => f.path === path)!;

  it("prefixes them with an apostrophe in the CSV", () => {
    const rows = csvRows(get("/files/courses.csv"));
    expect(rows[1]![8]).toBe(`'=HYPERLINK("http://evil.example","bấm")`);
    expect(rows[2]![4]).toBe("'@SUM(1+1)");
    expect(csvRows(get("/files/sessions.csv"))[1]![4]).toBe("'-Hà Nội");
    expect(csvRows(get("/files/officials-by-province-year.csv"))[3]![2]).toBe("'+Phu Tho");
  });

  it("prefixes them the same way in the JSON", () => {
    expect(json(get("/files/courses.json"))[0]!.notes).toBe(`'=HYPERLINK("http://evil.example","bấm")`);
  });

  it("stores them as text, never as formulas, in the workbook", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(get("/files/moit-cleaner-production-training.xlsx").bytes.slice().buffer as ArrayBuffer);
    const value = book.getWorksheet("courses")!.getRow(2).getCell(9).value;
    expect(value).toBe(`'=HYPERLINK("http://evil.example","bấm")`);
    const sheets = unzipSync(get("/files/moit-cleaner-production-training.xlsx").bytes);
    for (const [name, bytes] of Object.entries(sheets)) if (name.startsWith("xl/worksheets/")) expect(new TextDecoder().decode(bytes)).not.toMatch(/<f[\s>]/);
  });

  it("keeps negative numbers as numbers", async () => {
    const d = smallDataset();
    d.targets[0]!.target_percent = -5;
    const files2 = await buildDownloads(smallSite(d), descriptor());
    expect(csvRows(files2.find((f) => f.path === "/files/targets.csv")!)[1]![2]).toBe("-5");
    expect(json(files2.find((f) => f.path === "/files/targets.json")!)[0]!.target_percent).toBe(-5);
  }, 60_000);
});
