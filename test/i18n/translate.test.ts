import { describe, expect, it } from "vitest";
import en from "../../src/i18n/en.json" with { type: "json" };
import vi from "../../src/i18n/vi.json" with { type: "json" };
import downloadsEn from "../../src/i18n/downloads.en.json" with { type: "json" };
import downloadsVi from "../../src/i18n/downloads.vi.json" with { type: "json" };
import { fill, keysOf, MissingTranslationError, translator, type Messages } from "../../src/i18n/translate.ts";

describe("fill(template, params, lang)", () => {
  it("puts parameters into their placeholders and leaves unknown ones visible", () => {
    expect(fill("{count} trong {total} tỉnh, {missing}", { count: 49, total: 63 })).toBe("49 trong 63 tỉnh, {missing}");
  });

  it("chooses the English singular for 1 and the plural otherwise", () => {
    const template = "{n, plural, one {# course} other {# courses}}";
    expect(fill(template, { n: 1 }, "en")).toBe("1 course");
    expect(fill(template, { n: 5 }, "en")).toBe("5 courses");
    expect(fill(template, { n: "1" }, "en")).toBe("1 course");
    expect(fill(template, { n: "1,234" }, "en")).toBe("1,234 courses");
  });
});

describe("translator(tables, options)", () => {
  const tables = { vi: { a: { b: "Bản đồ" } }, en: { a: {} } } as Record<"vi" | "en", Messages>;

  it("throws on a missing key when strict, as the build does in CI", () => {
    const t = translator(tables, { strict: true });
    expect(t("a.b", "vi")).toBe("Bản đồ");
    expect(() => t("a.b", "en")).toThrow(MissingTranslationError);
  });

  it("flags a missing key on the page and reports it once when not strict", () => {
    const missing: string[] = [];
    const t = translator(tables, { strict: false, onMissing: (key, lang) => missing.push(`${lang}:${key}`) });
    expect(t("a.b", "en")).toBe("⟦a.b⟧");
    t("a.b", "en");
    expect(missing).toEqual(["en:a.b"]);
  });
});

describe("the translation files", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(keysOf(en as Messages).sort()).toEqual(keysOf(vi as Messages).sort());
    expect(keysOf(downloadsEn as Messages).sort()).toEqual(keysOf(downloadsVi as Messages).sort());
  });
});
