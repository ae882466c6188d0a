import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../src/text/fill.ts";

describe("fillTemplate(template, values)", () => {
  it("replaces every known placeholder", () => {
    expect(fillTemplate("{n} tỉnh", { n: "12" })).toBe("12 tỉnh");
    expect(fillTemplate("Bản đồ năm {year}: {measure}", { year: 2015, measure: "Số cán bộ" })).toBe(
      "Bản đồ năm 2015: Số cán bộ",
    );
  });

  it("leaves unknown placeholders as they are", () => {
    expect(fillTemplate("{n} of {total}", { n: 3 })).toBe("3 of {total}");
  });
});
