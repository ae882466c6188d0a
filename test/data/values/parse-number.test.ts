import { describe, expect, it } from "vitest";
import { isPlainNumber, parseInteger, parseNumber } from "../../../src/data/values/parse-number.ts";

describe("parseInteger(text)", () => {
  it("reads whole numbers with an optional sign", () => {
    expect(parseInteger("12")).toEqual({ ok: true, value: 12 });
    expect(parseInteger("-1")).toEqual({ ok: true, value: -1 });
  });

  it("refuses decimals, and spots thousands separators", () => {
    expect(parseInteger("12,5")).toEqual({ ok: false, withoutSeparators: null });
    expect(parseInteger("12.5")).toEqual({ ok: false, withoutSeparators: null });
    expect(parseInteger("1.234")).toEqual({ ok: false, withoutSeparators: "1234" });
    expect(parseInteger("1,234,567")).toEqual({ ok: false, withoutSeparators: "1234567" });
  });
});

describe("parseNumber(text)", () => {
  it("reads a decimal dot or a decimal comma", () => {
    expect(parseNumber("70")).toBe(70);
    expect(parseNumber("12.5")).toBe(12.5);
    expect(parseNumber("12,5")).toBe(12.5);
    expect(parseNumber("70%")).toBeNull();
  });

  it("tells a signed number from a formula", () => {
    expect(isPlainNumber("-1")).toBe(true);
    expect(isPlainNumber("-A1")).toBe(false);
  });
});
