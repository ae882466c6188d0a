import { describe, expect, it } from "vitest";
import { meta } from "../../src/stats/meta.ts";
import { fixture } from "./fixture.ts";

describe("meta(dataset, courses, asOf)", () => {
  it("gives the year span, the row counts and the latest course", () => {
    const dataset = fixture();
    expect(meta(dataset, dataset.courses, null)).toEqual({
      asOf: null,
      firstYear: 2014,
      latestYear: 2017,
      counts: { provinces: 5, units: 3, courses: 4, sessions: 5, participantRows: 9 },
      latestCourse: { id: "2017-ADV", year: 2017, programme: "advanced", firstSessionDate: null, city: null, province_code: null },
    });
  });

  it("takes the first round's date and city of the latest course", () => {
    const dataset = fixture();
    const courses = dataset.courses.filter((c) => c.id !== "2017-ADV");
    const result = meta(dataset, courses, "2016-12-31");
    expect(result.counts).toEqual({ provinces: 5, units: 3, courses: 3, sessions: 5, participantRows: 8 });
    expect(result.latestCourse).toEqual({ id: "2016-ADV", year: 2016, programme: "advanced", firstSessionDate: "2016-05-09", city: "Hồ Chí Minh", province_code: "79" });
  });
});
