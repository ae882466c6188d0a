import { ordersOf } from "../../src/stats/orders.ts";
import { describe, expect, it } from "vitest";
import { officialsByOrganisation } from "../../src/stats/officials-by-organisation.ts";
import { participations } from "../../src/stats/participations.ts";
import { fixture } from "./fixture.ts";

describe("officialsByOrganisation(rows, order)", () => {
  it("lists every organisation type in display order with its officials", () => {
    const dataset = fixture();
    // doit: 3 + 2 + 1 + 1 + 1 + 2 = 10; promotion_centre 1; cp_centre 2; consultancy 2; other 0 (sum 15).
    expect(officialsByOrganisation(participations(dataset, dataset.courses), ordersOf(dataset.contract).organisations)).toEqual([
      { organisation: "doit", officials: 10 },
      { organisation: "promotion_centre", officials: 1 },
      { organisation: "cp_centre", officials: 2 },
      { organisation: "consultancy", officials: 2 },
      { organisation: "other", officials: 0 },
    ]);
  });
});
