import { describe, expect, it } from "vitest";
import { organisationCounts } from "../../src/stats/organisations.ts";

describe("organisationCounts(rows)", () => {
  it("sums officials per organisation type and lists absent types as 0", () => {
    const rows = [
      { organisation: "doit" as const, officials: 2 },
      { organisation: "consultancy" as const, officials: 1 },
      { organisation: "doit" as const, officials: 3 },
    ];
    expect(organisationCounts(rows)).toEqual({ doit: 5, promotion_centre: 0, cp_centre: 0, consultancy: 1, other: 0 });
  });
});
