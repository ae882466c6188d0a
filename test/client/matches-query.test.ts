import { describe, expect, it } from "vitest";
import { matchesQuery } from "../../src/client/matches-query.ts";

describe("matchesQuery(text, query)", () => {
  const haNoi = "Hà Nội Ha Noi Hanoi 01";

  it("finds Hà Nội by 'ha noi', 'hanoi' and 'HÀ NỘI'", () => {
    expect(matchesQuery(haNoi, "ha noi")).toBe(true);
    expect(matchesQuery(haNoi, "hanoi")).toBe(true);
    expect(matchesQuery(haNoi, "HÀ NỘI")).toBe(true);
  });

  it("finds a name written without spaces even when the text has no such alias", () => {
    expect(matchesQuery("Hà Nội", "hanoi")).toBe(true);
    expect(matchesQuery("Bà Rịa - Vũng Tàu", "vungtau")).toBe(true);
  });

  it("accepts the words in any order", () => {
    expect(matchesQuery(haNoi, "noi ha")).toBe(true);
    expect(matchesQuery("Thừa Thiên Huế", "hue thua")).toBe(true);
  });

  it("treats đ as d on either side", () => {
    expect(matchesQuery("Đà Nẵng Da Nang 48", "đa nang")).toBe(true);
    expect(matchesQuery("Điện Biên", "dien bien")).toBe(true);
    expect(matchesQuery("Dien Bien", "ĐIỆN")).toBe(true);
  });

  it("matches the horned vowels ư and ơ from plain u and o", () => {
    expect(matchesQuery("Hưng Yên", "hung")).toBe(true);
    expect(matchesQuery("Cần Thơ", "tho")).toBe(true);
  });

  it("matches by province code", () => {
    expect(matchesQuery(haNoi, "01")).toBe(true);
    expect(matchesQuery(haNoi, "02")).toBe(false);
  });

  it("rejects text that lacks one of the words", () => {
    expect(matchesQuery(haNoi, "ha noi x")).toBe(false);
    expect(matchesQuery("Cần Thơ", "cao")).toBe(false);
    expect(matchesQuery("Đà Nẵng", "dang")).toBe(false);
  });

  it("matches everything for an empty or blank query", () => {
    expect(matchesQuery(haNoi, "")).toBe(true);
    expect(matchesQuery(haNoi, "  - ")).toBe(true);
  });
});
