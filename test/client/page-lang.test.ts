import { describe, expect, it } from "vitest";
import { pageLang } from "../../src/client/page-lang.ts";

describe("pageLang(lang)", () => {
  it("reads English from 'en' and regional tags", () => {
    expect(pageLang("en")).toBe("en");
    expect(pageLang("en-GB")).toBe("en");
  });

  it("falls back to Vietnamese for vi, empty and missing values", () => {
    expect(pageLang("vi-VN")).toBe("vi");
    expect(pageLang("")).toBe("vi");
    expect(pageLang(null)).toBe("vi");
  });
});
