import { describe, expect, it } from "vitest";
import { compareCells, sortOrder } from "../../src/client/sort-order.ts";

const vi = new Intl.Collator("vi", { numeric: true });

describe("compareCells(a, b, collator)", () => {
  it("compares numbers as numbers, not as text", () => {
    expect(compareCells("9", "10", vi)).toBeLessThan(0);
    expect(compareCells("2.5", "-1", vi)).toBeGreaterThan(0);
    expect(compareCells(" 23 ", "23", vi)).toBe(0);
  });

  it("puts numbers before text", () => {
    expect(compareCells("2010", "Hà Nội", vi)).toBeLessThan(0);
    expect(compareCells("An Giang", "5", vi)).toBeGreaterThan(0);
  });

  it("orders Đ after D as the Vietnamese alphabet does", () => {
    expect(compareCells("Dĩ An", "Đà Nẵng", vi)).toBeLessThan(0);
  });
});

describe("sortOrder(values, direction, lang)", () => {
  const names = ["Cần Thơ", "Cao Bằng", "Đồng Nai", "Điện Biên", "Gia Lai", "An Giang"];

  it("sorts Vietnamese names in Vietnamese alphabetical order (a < â, d < đ)", () => {
    // An Giang, Cao Bằng, Cần Thơ, Điện Biên, Đồng Nai, Gia Lai
    expect(sortOrder(names, "ascending", "vi")).toEqual([5, 1, 0, 3, 2, 4]);
  });

  it("sorts the same names by English collation on English pages (â as a)", () => {
    // "can tho" comes before "cao bang" once the marks are secondary.
    expect(sortOrder(names, "ascending", "en")).toEqual([5, 0, 1, 3, 2, 4]);
  });

  it("sorts numbers numerically in both directions", () => {
    expect(sortOrder(["9", "10", "1"], "ascending", "vi")).toEqual([2, 0, 1]);
    expect(sortOrder(["9", "10", "1"], "descending", "vi")).toEqual([1, 0, 2]);
  });

  it("keeps equal values in their original order in both directions", () => {
    expect(sortOrder(["2", "1", "2", "1"], "ascending", "vi")).toEqual([1, 3, 0, 2]);
    expect(sortOrder(["2", "1", "2", "1"], "descending", "vi")).toEqual([0, 2, 1, 3]);
  });

  it("keeps empty values last in both directions", () => {
    expect(sortOrder(["3", "", "10", " "], "ascending", "vi")).toEqual([0, 2, 1, 3]);
    expect(sortOrder(["3", "", "10", " "], "descending", "vi")).toEqual([2, 0, 1, 3]);
  });
});
