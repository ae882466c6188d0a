import { describe, expect, it } from "vitest";
import { courseSummaries } from "../../src/stats/course-summaries.ts";
import { fixture, U2, U4 } from "./fixture.ts";

describe("courseSummaries(dataset, courses)", () => {
  const dataset = fixture();
  const summaries = courseSummaries(dataset, dataset.courses);
  const byId = (id: string) => summaries.find((s) => s.id === id)!;

  it("sets the published trainees beside the officials counted from participants", () => {
    // 2016-ADV: 26:1 + 74:2 + 01:1 = 4 officials from 01, 26, 74; 4 trainees published.
    const course = byId("2016-ADV");
    expect([course.trainees, course.officials, course.provinces, course.provinceCount]).toEqual([4, 4, ["01", "26", "74"], 3]);
    expect(course.byOrganisation).toEqual({ doit: 2, promotion_centre: 0, cp_centre: 0, consultancy: 2, other: 0 });
  });

  it("sorts rounds by number and keeps their dates, city and days", () => {
    expect(byId("2016-ADV").sessions).toEqual([
      { round: 1, start_date: "2016-05-09", end_date: "2016-05-11", city: "Hồ Chí Minh", province_code: "79", days: 3, state: "held", source_url: U2, status: "published", notes: null },
      { round: 2, start_date: "2016-10", end_date: null, city: null, province_code: null, days: null, state: "planned", source_url: U4, status: "published", notes: null },
    ]);
  });

  it("lists each source address once, from the course, its rounds and its participant rows", () => {
    expect(byId("2016-ADV").sources).toEqual([U2, U4]);
    expect(byId("2015-ADV").sources).toEqual([]);
  });

  it("gives the basis of each part of a course: sample where any row is illustrative", () => {
    expect(byId("2014-BAS").basis).toEqual({ course: "derived", sessions: "sample", participants: "sample" });
    expect(byId("2016-ADV").basis).toEqual({ course: "derived", sessions: "derived", participants: "derived" });
    expect(byId("2015-ADV").basis).toEqual({ course: "sample", sessions: "sample", participants: "sample" });
  });

  it("sums each province's officials and organisations within the course", () => {
    // 2014-BAS: 01 doit 3, 26 doit 2, 79 promotion_centre 1 (illustrative).
    expect(byId("2014-BAS").byProvince.map((p) => [p.code, p.officials, p.byOrganisation.doit, p.byOrganisation.promotion_centre, p.basis])).toEqual([
      ["01", 3, 3, 0, "derived"],
      ["26", 2, 2, 0, "derived"],
      ["79", 1, 0, 1, "sample"],
    ]);
  });

  it("gives published trainees the course row's basis, and none when not published", () => {
    expect([byId("2016-ADV").traineesBasis, byId("2014-BAS").traineesBasis]).toEqual(["derived", null]);
  });

  it("dates a course from its round-1 start, or 31 December without one", () => {
    expect(summaries.map((s) => s.start)).toEqual(["2014-09-10", "2015-06-01", "2016-05-09", "2017-12-31"]);
  });
});
