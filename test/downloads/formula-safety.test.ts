import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { looksLikeFormula, neutralise, neutraliseRow, assertNoFormulas } from "../../src/downloads/formula-safety.ts";
import { zipArchive } from "../../src/downloads/formats.ts";
import { type DownloadFile } from "../../src/downloads/types.ts";

describe("neutralise(cell)", () => {
  it("puts an apostrophe before text that starts with =, +, -, @, a tab or a carriage return", () => {
    expect(["=1+1", "+84 24", "-x", "@SUM(A1)", "\tA", "\rA"].map(neutralise)).toEqual(["'=1+1", "'+84 24", "'-x", "'@SUM(A1)", "'\tA", "'\rA"]);
  });

  it("leaves numbers, negative ones included, and ordinary text as they are", () => {
    expect([-5, 0, 2.5, "Hà Nội", "2018-05-09", "", null, true].map(neutralise)).toEqual([-5, 0, 2.5, "Hà Nội", "2018-05-09", "", null, true]);
  });

  it("neutralises every text cell of a row", () => {
    expect(neutraliseRow({ a: "=A1", b: -3, c: "x" })).toEqual({ a: "'=A1", b: -3, c: "x" });
  });
});

describe("looksLikeFormula(text)", () => {
  it("treats a signed plain number as a number", () => {
    expect(looksLikeFormula("-5")).toBe(false);
    expect(looksLikeFormula("+2.5")).toBe(false);
  });

  it("flags text a spreadsheet would run", () => {
    expect(looksLikeFormula("=HYPERLINK(\"http://x\")")).toBe(true);
    expect(looksLikeFormula("-2+3")).toBe(true);
    expect(looksLikeFormula("'=1")).toBe(false);
  });
});

const utf8 = (s: string) => new TextEncoder().encode(s);
const fileOf = (path: string, bytes: Uint8Array): DownloadFile => ({ path, bytes, mediaType: "", title_vi: "", title_en: "" });

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("t"));
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("assertNoFormulas(files)", () => {
  it("accepts neutralised text and negative numbers", () => {
    expect(() => assertNoFormulas([fileOf("/files/a.csv", utf8("\uFEFFa,b\r\n'=1+1,-5\r\n")), fileOf("/files/a.json", utf8('[{"a":"\'@x","b":-5}]'))])).not.toThrow();
  });

  it("refuses a CSV cell that starts with =", () => {
    expect(() => assertNoFormulas([fileOf("/files/a.csv", utf8('a\r\n"=HYPERLINK(""x"")"\r\n'))])).toThrow('/files/a.csv: "=HYPERLINK(\\"x\\")"');
  });

  it("refuses a JSON text value that starts with @ or a tab", () => {
    expect(() => assertNoFormulas([fileOf("/files/a.json", utf8('[{"a":"@SUM(1)"}]'))])).toThrow('/files/a.json: "@SUM(1)"');
    expect(() => assertNoFormulas([fileOf("/files/a.json", utf8('[{"a":"\\tx"}]'))])).toThrow("/files/a.json");
  });

  it("refuses a workbook with a formula cell or a text cell that starts with +", async () => {
    const formula = await xlsx((s) => (s.getCell("A1").value = { formula: "1+1", result: 2 }));
    expect(() => assertNoFormulas([fileOf("/files/a.xlsx", formula)])).toThrow("formula element");
    const plus = await xlsx((s) => (s.getCell("A1").value = "+84 24 3825"));
    expect(() => assertNoFormulas([fileOf("/files/a.xlsx", plus)])).toThrow('/files/a.xlsx: "+84 24 3825"');
  });

  it("looks inside a ZIP", () => {
    const zip = zipArchive({ "a.csv": utf8("a\r\n-x\r\n") }, "2018-03-01");
    expect(() => assertNoFormulas([fileOf("/files/all.zip", zip)])).toThrow('/files/all.zip: "-x"');
  });

  it("reads an archived file again when its bytes differ from the published file of that name", () => {
    const zip = zipArchive({ "a.csv": utf8("a\r\n-x\r\n") }, "2018-03-01");
    expect(() => assertNoFormulas([fileOf("/files/a.csv", utf8("a\r\nx\r\n")), fileOf("/files/all.zip", zip)])).toThrow('/files/all.zip: "-x"');
  });

  it("does not read the patterns of datapackage.json as cells", () => {
    expect(() => assertNoFormulas([fileOf("/files/datapackage.json", utf8('{"resources":[{"pattern":"-?\\\\d"}]}'))])).not.toThrow();
  });
});
