import { ordersOf } from "../../src/stats/orders.ts";
import { describe, expect, it } from "vitest";
import { officialsByProgramme } from "../../src/stats/officials-by-programme.ts";
import { participations } from "../../src/stats/participations.ts";
import { fixture } from "./fixture.ts";

describe("officialsByProgramme(rows, programmes)", () => {
  it("gives officials, courses and distinct provinces of each programme", () => {
    const dataset = fixture();
    // Basic: 2014-BAS, 6 officials from 01, 26, 79. Advanced: 3 + 4 + 2 = 9 from 01, 25, 26, 74, 79 in 3 courses.
    expect(officialsByProgramme(participations(dataset, dataset.courses), ordersOf(dataset.contract).programmes)).toEqual([
      { programme: "basic", officials: 6, courses: 1, provinces: 3 },
      { programme: "advanced", officials: 9, courses: 3, provinces: 5 },
    ]);
  });
});
