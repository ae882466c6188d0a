import { describe, expect, it } from "vitest";
import { slugify } from "../../src/text/slug.ts";

describe("slugify(name)", () => {
  it("folds Vietnamese letters and joins words with hyphens", () => {
    expect([slugify("Bà Rịa – Vũng Tàu"), slugify("Đắk Lắk"), slugify("Thừa Thiên Huế")]).toEqual(["ba-ria-vung-tau", "dak-lak", "thua-thien-hue"]);
  });

  it("leaves out an administrative prefix, so the address of a city stays its name", () => {
    expect([slugify("TP. Hồ Chí Minh"), slugify("Thành phố Huế"), slugify("Tỉnh Lào Cai")]).toEqual(["ho-chi-minh", "hue", "lao-cai"]);
  });
});
