import { beforeAll, describe, expect, it } from "vitest";
import { buildDownloads } from "../../src/downloads/build-downloads.ts";
import { downloadsData, type DownloadsData, formatOf, manifest } from "../../src/downloads/data-page.ts";
import { descriptor, smallSite } from "./fixture.ts";
import { sha256Hex } from "../../src/downloads/formats.ts";
import { type DownloadFile } from "../../src/downloads/types.ts";

let data: DownloadsData;
beforeAll(async () => {
  const site = smallSite();
  data = await downloadsData(site, descriptor(), await buildDownloads(site, descriptor()));
}, 60_000);

describe("downloadsData(site, descriptor, files)", () => {
  it("groups each table's CSV and JSON, then gives the workbook, package, archive, catalogue and feed a group each", () => {
    expect(data.groups.slice(0, 2).map((g) => [g.key, g.origin, g.entries.map((e) => e.name)])).toEqual([
      ["provinces", "data", ["provinces.csv", "provinces.json"]],
      ["provinces-2025", "data", ["provinces-2025.csv", "provinces-2025.json"]],
    ]);
    expect(data.groups.find((g) => g.key === "coverage-by-year")?.origin).toBe("aggregate");
    expect(data.groups.slice(-5).map((g) => [g.key, g.origin])).toEqual([
      ["moit-cleaner-production-training.xlsx", "bundle"],
      ["datapackage.json", "bundle"],
      ["moit-cleaner-production-training.zip", "bundle"],
      ["catalog.jsonld", "metadata"],
      ["changes.atom", "metadata"],
    ]);
    expect(data.groups.flatMap((g) => g.entries)).toEqual(data.manifest);
  });

  it("lists the releases newest first in each language", () => {
    expect(data.releases.en).toEqual([
      { version: "0.2.0", date: "2018-03-01", summary: "Adds the 2017 course & fixes <names>" },
      { version: "0.1.0", date: "2018-01-15", summary: "First release" },
    ]);
    expect(data.releases.vi[1]!.summary).toBe("Bản đầu tiên");
  });

  it("describes the aggregated tables in the dictionary, read from the published datapackage.json", () => {
    expect(data.dictionary.vi.map((f) => f.name).slice(-3)).toEqual(["coverage-by-year", "officials-by-province-year", "progress-toward-targets"]);
  });

  it("gives the page the paths of the stable-address text and a JSON-LD and citation per language", () => {
    expect(data.paths).toEqual({
      xlsx: "/files/moit-cleaner-production-training.xlsx",
      zip: "/files/moit-cleaner-production-training.zip",
      package: "/files/datapackage.json",
      catalog: "/files/catalog.jsonld",
      feed: "/files/changes.atom",
    });
    expect(data.jsonLd.vi["@type"]).toBe("Dataset");
    expect(data.citation.en.text).toContain("version 0.2.0");
  });
});

const abc: DownloadFile = { path: "/files/abc.csv", bytes: new TextEncoder().encode("abc"), mediaType: "text/csv", table: "abc", rows: 1, title_vi: "Chữ", title_en: "Letters" };



describe("manifest(files, updated)", () => {
  it("records path, name, format, size, rows, checksum, titles, licence and date of each file", async () => {
    expect(await manifest([abc], "2018-03-01")).toEqual([
      {
        path: "/files/abc.csv",
        name: "abc.csv",
        format: "CSV",
        mediaType: "text/csv",
        size: 3,
        rows: 1,
        table: "abc",
        sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        title_vi: "Chữ",
        title_en: "Letters",
        licence: "CC-BY-4.0",
        licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
        updated: "2018-03-01",
      },
    ]);
  });

  it("leaves rows and table empty for a file that is not a table", async () => {
    const [entry] = await manifest([{ path: "/files/x.zip", bytes: new Uint8Array([1, 2]), mediaType: "application/zip", title_vi: "a", title_en: "b" }], "2018-03-01");
    expect(entry).toMatchObject({ rows: null, table: null, size: 2, format: "ZIP" });
  });
});

describe("formatOf(path)", () => {
  it("labels datapackage.json as a Data Package and other files by their extension", () => {
    expect(["/files/datapackage.json", "/files/a.json", "/files/a.xlsx", "/files/catalog.jsonld", "/files/changes.atom"].map(formatOf)).toEqual([
      "Data Package",
      "JSON",
      "XLSX",
      "JSON-LD",
      "Atom",
    ]);
  });
});
