import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { tableCsv, tableJson, type Table } from "../../src/downloads/index.ts";

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
