import { describe, expect, it } from "vitest";
import { mapStatus, tooltipLines } from "../../src/client/map-text.ts";
import { haNoi, laiChau, mapData } from "./map-fixture.ts";

describe("mapStatus(state, text)", () => {
  it("names the year, the measure and the layer", () => {
    expect(mapStatus({ year: 2015, layer: "units", measure: "firstYear" }, mapData.text)).toBe(
      "Bản đồ năm 2015: Năm có cán bộ đầu tiên, 34 tỉnh, thành phố (từ 1/7/2025)",
    );
    expect(mapStatus({ year: 2010, layer: "provinces", measure: "officials" }, mapData.text)).toBe(
      "Bản đồ năm 2010: Số cán bộ được tập huấn, 63 tỉnh, thành phố (trước 1/7/2025)",
    );
  });
});

describe("tooltipLines(entry, year, data)", () => {
  it("gives the name, officials so far and the first year once reached", () => {
    expect(tooltipLines(haNoi, 2016, mapData)).toEqual(["Hà Nội", "12 cán bộ", "Lần đầu: 2012"]);
  });

  it("formats the count for the page language", () => {
    const en = { ...mapData, lang: "en" as const, text: { ...mapData.text, officials: "{n} officials" } };
    expect(tooltipLines(haNoi, 2018, en)).toEqual(["Hà Nội", "1,234 officials", "Lần đầu: 2012"]);
  });

  it("says not yet before the first year and for a province never reached", () => {
    expect(tooltipLines(haNoi, 2011, mapData)).toEqual(["Hà Nội", "Chưa có cán bộ được tập huấn"]);
    expect(tooltipLines(laiChau, 2018, mapData)).toEqual(["Lai Châu", "Chưa có cán bộ được tập huấn"]);
  });
});
