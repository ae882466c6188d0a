import { describe, expect, it } from "vitest";
import { coverageTable, officialsTable, progressTable } from "../../src/downloads/aggregate-tables.ts";
import { smallSite, U } from "./fixture.ts";

describe("coverageTable.rows(stats)", () => {
  it("counts provinces and 2025 units reached by the end of each year, with shares to four digits", () => {
    expect(coverageTable.rows(smallSite().stats)).toEqual([
      { year: 2016, provinces_total: 3, provinces_advanced: 0, share_advanced: 0, basis_advanced: "derived", source_advanced: null, provinces_any: 2, share_any: 0.6667, basis_any: "derived", source_any: null, units_total: 2, units_advanced: 0, units_any: 2, basis_units: "derived" },
      // 2017: the published figure states the 2 provinces; the row of 25 is illustrative.
      { year: 2017, provinces_total: 3, provinces_advanced: 2, share_advanced: 0.6667, basis_advanced: "published", source_advanced: U, provinces_any: 3, share_any: 1, basis_any: "sample", source_any: null, units_total: 2, units_advanced: 2, units_any: 2, basis_units: "sample" },
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
      { code: "01", name_vi: "Hà Nội", name_en: "Ha Noi", year: 2016, officials: 2, cumulative: 2, basis: "derived" },
      { code: "01", name_vi: "Hà Nội", name_en: "Ha Noi", year: 2017, officials: 1, cumulative: 3, basis: "derived" },
      { code: "25", name_vi: "Phú Thọ", name_en: "Phu Tho", year: 2016, officials: 0, cumulative: 0, basis: "sample" },
      { code: "25", name_vi: "Phú Thọ", name_en: "Phu Tho", year: 2017, officials: 2, cumulative: 2, basis: "sample" },
      { code: "26", name_vi: "Vĩnh Phúc", name_en: "Vinh Phuc", year: 2016, officials: 1, cumulative: 1, basis: "derived" },
      { code: "26", name_vi: "Vĩnh Phúc", name_en: "Vinh Phuc", year: 2017, officials: 0, cumulative: 1, basis: "derived" },
    ]);
  });
});

describe("progressTable.rows(stats)", () => {
  it("gives each target its verdict and the published figure it rests on", () => {
    // 3 provinces; 70% and 90% both need 3. Published: 2 by the end of 2017, released on 1 March 2018.
    // 2015: 2 at the end of 2017 means fewer than 3 in 2015, missed. 2020: one figure before the deadline, no projection.
    const rows = progressTable.rows(smallSite().stats);
    expect(rows.map((r) => [r.target_year, r.target_count, r.total, r.status, r.release_date, r.evidence_date, r.evidence_count, r.evidence_basis, r.evidence_source, r.gap_count])).toEqual([
      [2015, 3, 3, "missed", "2018-03-01", "2017-12-31", 2, "published", U, 1],
      [2020, 3, 3, "no-evidence", "2018-03-01", "2017-12-31", 2, "published", U, 1],
    ]);
    expect(rows.map((r) => [r.projected_year, r.annual_gain])).toEqual([[null, null], [null, null]]);
  });

  it("has one schema field per column it fills, in the same order", () => {
    expect(progressTable.schema.fields.map((f) => f.name)).toEqual(Object.keys(progressTable.rows(smallSite().stats)[0]!));
  });
});
