import { ordersOf } from "../../src/stats/orders.ts";
import { describe, expect, it } from "vitest";
import { areaOfficials } from "../../src/stats/area-officials.ts";
import { participations } from "../../src/stats/participations.ts";
import { fixture } from "./fixture.ts";

describe("areaOfficials(rows, years, courseOrder, orders)", () => {
  const dataset = fixture();
  const rows = participations(dataset, dataset.courses);
  const order = ["2014-BAS", "2015-ADV", "2016-ADV", "2017-ADV"];
  const years = [2014, 2015, 2016, 2017];
  const orders = ordersOf(dataset.contract);

  it("profiles Hà Nội: 3 basic officials in 2014, then 2 and 1 in the advanced course", () => {
    expect(areaOfficials(rows.filter((r) => r.code === "01"), years, order, orders)).toEqual({
      officials: 6,
      byYear: [
        { year: 2014, officials: 3, cumulative: 3 },
        { year: 2015, officials: 2, cumulative: 5 },
        { year: 2016, officials: 1, cumulative: 6 },
        { year: 2017, officials: 0, cumulative: 6 },
      ],
      byProgramme: { basic: 3, advanced: 3 },
      byOrganisation: { doit: 4, promotion_centre: 0, cp_centre: 2, consultancy: 0, other: 0 },
      firstYear: 2014,
      firstAdvancedYear: 2015,
      courses: ["2014-BAS", "2015-ADV", "2016-ADV"],
      byCourse: [
        { id: "2014-BAS", officials: 3, byOrganisation: { doit: 3, promotion_centre: 0, cp_centre: 0, consultancy: 0, other: 0 } },
        { id: "2015-ADV", officials: 2, byOrganisation: { doit: 0, promotion_centre: 0, cp_centre: 2, consultancy: 0, other: 0 } },
        { id: "2016-ADV", officials: 1, byOrganisation: { doit: 1, promotion_centre: 0, cp_centre: 0, consultancy: 0, other: 0 } },
      ],
      // The 2015-ADV rows are illustrative.
      basis: "sample",
    });
  });

  it("gives Hồ Chí Minh its first advanced year 2017, three years after its first course", () => {
    const profile = areaOfficials(rows.filter((r) => r.code === "79"), years, order, orders);
    expect([profile.officials, profile.firstYear, profile.firstAdvancedYear, profile.courses]).toEqual([3, 2014, 2017, ["2014-BAS", "2017-ADV"]]);
  });

  it("gives null first years and no courses to an area never reached", () => {
    const profile = areaOfficials([], years, order, orders);
    expect([profile.officials, profile.firstYear, profile.firstAdvancedYear, profile.courses]).toEqual([0, null, null, []]);
  });
});
