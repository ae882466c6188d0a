import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { tableCsv, tableJson, zipArchive, zipTime, sha256Hex } from "../../src/downloads/formats.ts";
import { type Table } from "../../src/downloads/types.ts";
import { unzipSync } from "fflate";

const table: Table = {
  name: "t",
  title_vi: "Bảng",
  title_en: "Table",
  origin: "aggregate",
  schema: { fields: [{ name: "name", type: "string" }, { name: "n", type: "integer" }, { name: "flag", type: "boolean" }] },
  rows: [
    { name: 'Bà Rịa, "Vũng Tàu"', n: -2, flag: true },
    { name: null, n: 3, flag: false },
  ],
};

describe("tableCsv(table)", () => {
  it("writes a byte-order mark, CRLF line ends and RFC 4180 quotes", () => {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(tableCsv(table));
    expect(text).toBe('\uFEFFname,n,flag\r\n"Bà Rịa, ""Vũng Tàu""",-2,true\r\n,3,false\r\n');
  });

  it("starts with the UTF-8 bytes EF BB BF", () => {
    expect([...tableCsv(table).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("parses back with papaparse to the same cells", () => {
    const text = new TextDecoder().decode(tableCsv(table));
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    expect(parsed.data).toEqual([["name", "n", "flag"], ['Bà Rịa, "Vũng Tàu"', "-2", "true"], ["", "3", "false"]]);
  });
});

describe("tableJson(table)", () => {
  it("writes an array of records with null for empty cells", () => {
    expect(JSON.parse(new TextDecoder().decode(tableJson(table)))).toEqual([
      { name: 'Bà Rịa, "Vũng Tàu"', n: -2, flag: true },
      { name: null, n: 3, flag: false },
    ]);
  });
});

describe("zipTime(isoDate)", () => {
  it("is local noon of the date, so the ZIP's local date is that day in any time zone", () => {
    const t = zipTime("2018-05-10");
    expect([t.getFullYear(), t.getMonth(), t.getDate(), t.getHours()]).toEqual([2018, 4, 10, 12]);
  });
});

describe("zipArchive(entries, isoDate)", () => {
  const entries = { "b.csv": new TextEncoder().encode("x\r\n1\r\n"), "a.json": new TextEncoder().encode("[]\n") };

  it("holds exactly the entries, in the given order, with equal bytes", () => {
    const back = unzipSync(zipArchive(entries, "2018-05-10"));
    expect(Object.keys(back)).toEqual(["b.csv", "a.json"]);
    expect(back["b.csv"]).toEqual(entries["b.csv"]);
  });

  it("gives the same bytes for the same entries and date", () => {
    expect(zipArchive(entries, "2018-05-10")).toEqual(zipArchive(entries, "2018-05-10"));
    expect(zipArchive(entries, "2018-05-10")).not.toEqual(zipArchive(entries, "2018-05-11"));
  });
});

describe("sha256Hex(bytes)", () => {
  it("gives the FIPS 180-2 digest of \"abc\"", async () => {
    expect(await sha256Hex(new TextEncoder().encode("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
