import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/data/read-csv.ts";
import { cellText, sheetCsv } from "../../src/checker/index.ts";

describe("cellText(cell)", () => {
  it("gives a date cell as its ISO day, numbers as written and booleans as Excel shows them", () => {
    expect(cellText(new Date(Date.UTC(2018, 4, 9)))).toBe("2018-05-09");
    expect(cellText(12.5)).toBe("12.5");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(null)).toBe("");
  });
});

describe("sheetCsv(rows)", () => {
  it("keeps every sheet row on its own line, so the validator names the row Excel shows", () => {
    const text = sheetCsv([["course_id", "province_code", "officials"], ["2018-ADV", "01", 2], [null, null, null], ["2018-ADV", 1, 3]]);
    const { table } = readCsv(new TextEncoder().encode(text));
    expect(table?.rows.map((r) => [r.row, r.cells])).toEqual([
      [2, ["2018-ADV", "01", "2"]],
      [4, ["2018-ADV", "1", "3"]],
    ]);
  });

  it("pads short rows to the widest row, as Excel pads them when it saves a CSV", () => {
    expect(sheetCsv([["a", "b", "c"], ["x"]])).toBe("a,b,c\nx,,\n");
  });

  it("quotes a cell holding a comma, a quote or a line break", () => {
    expect(sheetCsv([["title"], ['Course, "2018"\nround 1']])).toBe('title\n"Course, ""2018""\nround 1"\n');
  });
});
