import { describe, expect, it } from "vitest";
import { officials } from "../../src/stats/officials.ts";
import { participations } from "../../src/stats/participations.ts";
import { fixture } from "./fixture.ts";

describe("officials(dataset, rows, years, courseOrder)", () => {
  const dataset = fixture();
  const result = officials(dataset, participations(dataset, dataset.courses), [2014, 2015, 2016, 2017], ["2014-BAS", "2015-ADV", "2016-ADV", "2017-ADV"]);

  it("counts training places: 15 in all, Hà Nội counted in each of its three courses", () => {
    expect(result.total).toBe(15);
    expect(result.byProvince.find((p) => p.code === "01")?.officials).toBe(6);
  });

  it("lists every province, with an unreached one at zero", () => {
    expect(result.byProvince.map((p) => [p.code, p.officials])).toEqual([["01", 6], ["25", 1], ["26", 3], ["74", 2], ["79", 3]]);
  });

  it("sums a 2025 unit over its former provinces", () => {
    // Unit 25 = Phú Thọ (25: 1 in 2015) + Vĩnh Phúc (26: 2 in 2014, 1 in 2016) → 4.
    const unit = result.byUnit.find((u) => u.code === "25")!;
    expect(unit.members).toEqual(["25", "26"]);
    expect(unit.officials).toBe(4);
    expect(unit.byYear.map((y) => y.cumulative)).toEqual([2, 3, 4, 4]);
    expect([unit.firstYear, unit.firstAdvancedYear]).toEqual([2014, 2015]);
    expect(unit.courses).toEqual(["2014-BAS", "2015-ADV", "2016-ADV"]);
  });

  it("gives a unit its earliest advanced year among its members", () => {
    // Unit 79: Bình Dương (74) in 2016-ADV, Hồ Chí Minh (79) in 2017-ADV → 2016.
    const unit = result.byUnit.find((u) => u.code === "79")!;
    expect([unit.officials, unit.firstAdvancedYear, unit.kind]).toEqual([5, 2016, "city"]);
  });
});
