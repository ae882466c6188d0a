import { describe, expect, it } from "vitest";
import { looksLikeFormula, neutralise, neutraliseRow } from "../../src/downloads/index.ts";

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
