import { describe, expect, it } from "vitest";
import { courseStart, coursesHeldBy } from "../../src/stats/course-start.ts";
import { fixture } from "./fixture.ts";

describe("courseStart(course, sessions)", () => {
  const { courses, sessions } = fixture();
  const byId = (id: string) => courses.find((c) => c.id === id)!;

  it("uses the round-1 start date when the day is known", () => {
    expect(courseStart(byId("2016-ADV"), sessions)).toBe("2016-05-09");
  });

  it("counts a month-only round-1 start from the first of the month", () => {
    expect(courseStart(byId("2015-ADV"), sessions)).toBe("2015-06-01");
  });

  it("counts a course without a known round-1 start from 31 December of its year", () => {
    expect(courseStart(byId("2017-ADV"), sessions)).toBe("2017-12-31");
  });
});

describe("coursesHeldBy(courses, sessions, asOf)", () => {
  const { courses, sessions } = fixture();
  const ids = (asOf: string) => coursesHeldBy(courses, sessions, asOf).map((c) => c.id);

  it("includes a course on its start date and leaves it out the day before", () => {
    expect(ids("2016-05-09")).toEqual(["2014-BAS", "2015-ADV", "2016-ADV"]);
    expect(ids("2016-05-08")).toEqual(["2014-BAS", "2015-ADV"]);
  });

  it("holds back a course with an unknown date until the last day of its year", () => {
    expect(ids("2017-12-30")).not.toContain("2017-ADV");
    expect(ids("2017-12-31")).toContain("2017-ADV");
  });
});
