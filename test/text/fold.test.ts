import { describe, expect, it } from "vitest";
import { foldText } from "../../src/text/fold.ts";

describe("foldText(text)", () => {
  it("drops tone marks and vowel marks and lower-cases", () => {
    expect(foldText("Thừa Thiên Huế")).toBe("thua thien hue");
    expect(foldText("Cần Thơ")).toBe("can tho");
  });

  it("folds the horned vowels Ư and ơ to u and o", () => {
    expect(foldText("Ư ư Ơ ơ Ứng Hoà Lợi")).toBe("u u o o ung hoa loi");
  });

  it("folds đ and Đ to d, which Unicode does not decompose", () => {
    expect(foldText("ĐẮK LẮK đắk nông")).toBe("dak lak dak nong");
  });

  it("turns punctuation into single spaces and trims", () => {
    expect(foldText("  Bà Rịa - Vũng Tàu ")).toBe("ba ria vung tau");
    expect(foldText("TP. Hồ Chí Minh (79)")).toBe("tp ho chi minh 79");
  });

  it("gives the same result for precomposed and decomposed input", () => {
    expect(foldText("Hà Nội".normalize("NFD"))).toBe("ha noi");
    expect(foldText("Hà Nội".normalize("NFC"))).toBe("ha noi");
  });
});
