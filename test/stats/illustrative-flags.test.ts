import { describe, expect, it } from "vitest";
import { illustrativeFlags } from "../../src/stats/illustrative-flags.ts";
import { participations } from "../../src/stats/participations.ts";
import { fixture } from "./fixture.ts";

describe("illustrativeFlags(dataset, courses, rows)", () => {
  it("names the illustrative course, rounds and participant rows", () => {
    const dataset = fixture();
    const flags = illustrativeFlags(dataset, dataset.courses, participations(dataset, dataset.courses));
    expect(flags).toEqual({
      coverageAdvanced: true,
      coverageAll: true,
      officials: true,
      courses: true,
      sessions: true,
      targets: true,
      rows: { courses: ["2015-ADV"], sessions: ["2014-BAS/1", "2015-ADV/1", "2015-ADV/2"], participantCourses: ["2014-BAS", "2015-ADV"], participants: 3 },
    });
  });

  it("keeps the advanced figures clear when only a basic course has illustrative rows", () => {
    const dataset = fixture();
    const courses = dataset.courses.filter((c) => c.id !== "2015-ADV");
    const flags = illustrativeFlags(dataset, courses, participations(dataset, courses));
    expect([flags.coverageAdvanced, flags.targets, flags.coverageAll, flags.rows.participants]).toEqual([false, false, true, 1]);
  });
});
