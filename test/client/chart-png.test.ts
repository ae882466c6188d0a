import { describe, expect, it } from "vitest";
import { pngSize } from "../../src/client/chart-png.ts";

describe("pngSize(width, height, scale)", () => {
  it("doubles the image by default so text stays sharp on high-density screens", () => {
    expect(pngSize(760, 513)).toEqual({ width: 1520, height: 1026 });
  });

  it("rounds fractional sizes to whole pixels", () => {
    expect(pngSize(360.4, 640.6, 1.5)).toEqual({ width: 541, height: 961 });
  });
});
