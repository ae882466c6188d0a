import { ordersOf } from "../../src/stats/orders.ts";
import { describe, expect, it } from "vitest";
import { officialsByRegion } from "../../src/stats/officials-by-region.ts";
import { participations } from "../../src/stats/participations.ts";
import { fixture } from "./fixture.ts";

describe("officialsByRegion(rows, provinces, regions)", () => {
  it("gives each of the six regions its provinces, officials and provinces reached", () => {
    const dataset = fixture();
    // RRD (01, 26): 01 has 3 + 2 + 1 = 6, 26 has 2 + 1 = 3 → 9; both in an advanced course.
    // NMM (25): 1. SE (74, 79): 74 has 2, 79 has 1 + 2 = 3 → 5; both advanced (2016, 2017).
    expect(officialsByRegion(participations(dataset, dataset.courses), dataset.provinces, ordersOf(dataset.contract).regions)).toEqual([
      // NMM's only row (25 in 2015-ADV) and RRD's 01 in 2015-ADV are illustrative, as is 79's basic row in SE.
      { region: "NMM", total: 1, officials: 1, provincesReached: 1, provincesReachedAdvanced: 1, basis: "sample" },
      { region: "RRD", total: 2, officials: 9, provincesReached: 2, provincesReachedAdvanced: 2, basis: "sample" },
      { region: "NCC", total: 0, officials: 0, provincesReached: 0, provincesReachedAdvanced: 0, basis: "derived" },
      { region: "CH", total: 0, officials: 0, provincesReached: 0, provincesReachedAdvanced: 0, basis: "derived" },
      { region: "SE", total: 2, officials: 5, provincesReached: 2, provincesReachedAdvanced: 2, basis: "sample" },
      { region: "MD", total: 0, officials: 0, provincesReached: 0, provincesReachedAdvanced: 0, basis: "derived" },
    ]);
  });

  it("counts a province reached only by a basic course as reached but not as reached by the advanced course", () => {
    const dataset = fixture();
    const rows = participations(dataset, dataset.courses.filter((c) => c.id === "2014-BAS"));
    expect(officialsByRegion(rows, dataset.provinces, ordersOf(dataset.contract).regions).find((r) => r.region === "SE")).toEqual({
      region: "SE", total: 2, officials: 1, provincesReached: 1, provincesReachedAdvanced: 0, basis: "sample",
    });
  });
});
