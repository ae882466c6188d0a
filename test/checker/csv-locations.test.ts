import { describe, expect, it } from "vitest";
import { csvLocator } from "../../src/checker/index.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("csvLocator(bytes)", () => {
  it("gives the line and character column of a cell under its header name, and the line alone for an unknown column", () => {
    const locate = csvLocator(bytes("id,year\r\n2018-ADV,2018\r\n2019-ADV,x\r\n"))!;
    expect(locate(3, "year")).toEqual({ line: 3, col: 10 });
    expect(locate(1, "id")).toEqual({ line: 1, col: 1 });
    expect(locate(2, "notes")).toEqual({ line: 2, col: null });
  });

  it("counts a hidden sep= line, a BOM, quoted separators and line breaks inside a cell", () => {
    const locate = csvLocator(bytes('\uFEFFsep=;\r\nid;notes;year\r\n2018-ADV;"a;\r\nb";2018\r\n2019-ADV;;x\r\n'))!;
    expect(locate(2, "year")).toEqual({ line: 4, col: 4 });
    expect(locate(3, "year")).toEqual({ line: 5, col: 11 });
    expect(locate(1, "notes")).toEqual({ line: 2, col: 4 });
  });

  it("gives the line alone for a row without that cell, and nothing past the last row", () => {
    const locate = csvLocator(bytes("a,b\n1\n"))!;
    expect(locate(2, "b")).toEqual({ line: 2, col: null });
    expect(locate(9, "a")).toBeNull();
  });

  it("cannot locate anything in a file that is not UTF-8", () => {
    expect(csvLocator(new Uint8Array([0x61, 0xff, 0x0a]))).toBeNull();
  });
});
