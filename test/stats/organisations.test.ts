import { describe, expect, it } from "vitest";
import type { Organisation } from "../../src/data/types.ts";
import { organisationCounts } from "../../src/stats/organisations.ts";

describe("organisationCounts(rows, order)", () => {
  const rows = [
    { organisation: "doit" as const, officials: 2 },
    { organisation: "consultancy" as const, officials: 1 },
    { organisation: "doit" as const, officials: 3 },
  ];

  it("sums officials per organisation type and lists absent types as 0, in the order given", () => {
    const counts = organisationCounts(rows, ["other", "doit", "promotion_centre", "cp_centre", "consultancy"]);
    expect(counts).toEqual({ doit: 5, promotion_centre: 0, cp_centre: 0, consultancy: 1, other: 0 });
    expect(Object.keys(counts)).toEqual(["other", "doit", "promotion_centre", "cp_centre", "consultancy"]);
  });

  it("counts a type the order does not list rather than dropping its officials", () => {
    expect(organisationCounts([...rows, { organisation: "college" as Organisation, officials: 4 }], ["doit"])).toEqual({ doit: 5, consultancy: 1, college: 4 });
  });
});
