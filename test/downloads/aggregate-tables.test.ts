import { describe, expect, it } from "vitest";
import { coverageTable, officialsTable, progressTable } from "../../src/downloads/index.ts";
import { smallSite } from "./fixture.ts";

describe("coverageTable.rows(stats)", () => {
  it("counts provinces and 2025 units reached by the end of each year, with shares to four digits", () => {
    expect(coverageTable.rows(smallSite().stats)).toEqual([
      { year: 2016, provinces_total: 3, provinces_advanced: 0, share_advanced: 0, provinces_any: 2, share_any: 0.6667, units_total: 2, units_advanced: 0, units_any: 2, illustrative_advanced: false, illustrative_any: false },
      { year: 2017, provinces_total: 3, provinces_advanced: 2, share_advanced: 0.6667, provinces_any: 3, share_any: 1, units_total: 2, units_advanced: 2, units_any: 2, illustrative_advanced: true, illustrative_any: true },
    ]);
  });

  it("has one schema field per column it fills, in the same order", () => {
    const row = coverageTable.rows(smallSite().stats)[0]!;
    expect(coverageTable.schema.fields.map((f) => f.name)).toEqual(Object.keys(row));
  });
});

describe("officialsTable.rows(stats)", () => {
  it("gives each province a row per year with the year's officials and the running total", () => {
    expect(officialsTable.rows(smallSite().stats)).toEqual([
      { code: "01", name_vi: "Hà Nội", name_en: "Ha Noi", year: 2016, officials: 2, cumulative: 2 },
      { code: "01", name_vi: "Hà Nội", name_en: "Ha Noi", year: 2017, officials: 1, cumulative: 3 },
      { code: "25", name_vi: "Phú Thọ", name_en: "Phu Tho", year: 2016, officials: 0, cumulative: 0 },
      { code: "25", name_vi: "Phú Thọ", name_en: "Phu Tho", year: 2017, officials: 2, cumulative: 2 },
      { code: "26", name_vi: "Vĩnh Phúc", name_en: "Vinh Phuc", year: 2016, officials: 1, cumulative: 1 },
      { code: "26", name_vi: "Vĩnh Phúc", name_en: "Vinh Phuc", year: 2017, officials: 0, cumulative: 1 },
    ]);
  });
});

describe("progressTable.rows(stats)", () => {
  it("lists each target on the province basis, then on the unit basis", () => {
    const rows = progressTable.rows(smallSite().stats);
    expect(rows.map((r) => [r.basis, r.target_year, r.target_count, r.total, r.latest_count, r.status])).toEqual([
      ["provinces", 2015, 3, 3, 2, "missed"],
      ["provinces", 2020, 3, 3, 2, "on-track"],
      ["units", 2015, 2, 2, 2, "missed"],
      ["units", 2020, 2, 2, 2, "achieved"],
    ]);
  });

  it("rounds the gap to two digits and leaves the projection empty where none is made", () => {
    const [missed, onTrack, unitsMissed] = progressTable.rows(smallSite().stats);
    // 70 − 2/3 × 100 = 3.33 points; 90 − 66.67 = 23.33; gain 2 a year from 2016 to 2017 → 2018.
    expect(missed).toMatchObject({ gap_count: 1, gap_points: 3.33, latest_share: 0.6667, reached_in: null, annual_gain: null, projected_year: null });
    expect(onTrack).toMatchObject({ gap_points: 23.33, annual_gain: 2, projected_year: 2018, illustrative: true });
    expect(unitsMissed).toMatchObject({ reached_in: 2017, gap_count: 0, gap_points: 0 });
  });

  it("has one schema field per column it fills, in the same order", () => {
    expect(progressTable.schema.fields.map((f) => f.name)).toEqual(Object.keys(progressTable.rows(smallSite().stats)[0]!));
  });
});
