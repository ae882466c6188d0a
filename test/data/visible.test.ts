import { describe, expect, it } from "vitest";
import { visible } from "../../src/data/visible.ts";

describe("visible(raw)", () => {
  it("marks leading and trailing spaces but keeps spaces between words", () => {
    expect(visible(" Hà Nội  ")).toBe("␣Hà Nội␣␣");
  });

  it("names NBSP, BOM, tabs and line breaks", () => {
    expect(visible("01\u00A0")).toBe("01[NBSP]");
    expect(visible("\uFEFFcode")).toBe("[BOM]code");
    expect(visible("doit\t")).toBe("doit→");
    expect(visible("a\r\nb")).toBe("a↵↵b");
  });
});
