import { describe, expect, it } from "vitest";
import { formatOf, manifest, sha256Hex, type DownloadFile } from "../../src/downloads/index.ts";

const abc: DownloadFile = { path: "/files/abc.csv", bytes: new TextEncoder().encode("abc"), mediaType: "text/csv", table: "abc", rows: 1, title_vi: "Chữ", title_en: "Letters" };

describe("sha256Hex(bytes)", () => {
  it("gives the FIPS 180-2 digest of \"abc\"", async () => {
    expect(await sha256Hex(abc.bytes)).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

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
