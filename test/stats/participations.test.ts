import { describe, expect, it } from "vitest";
import { participations } from "../../src/stats/participations.ts";
import { fixture } from "./fixture.ts";

describe("participations(dataset, courses)", () => {
  it("joins each participant row to its course year, programme, region and 2025 unit", () => {
    const dataset = fixture();
    const rows = participations(dataset, dataset.courses);
    expect(rows).toHaveLength(9);
    expect(rows[1]).toEqual({
      courseId: "2014-BAS", year: 2014, programme: "basic", code: "26", unit: "25",
      region: "RRD", organisation: "doit", officials: 2, illustrative: false,
    });
  });

  it("marks a row illustrative when its course row is illustrative, even if the row itself is not", () => {
    const dataset = fixture();
    dataset.participants[3]!.status = "published";
    const rows = participations(dataset, dataset.courses);
    expect(rows[3]).toMatchObject({ courseId: "2015-ADV", illustrative: true });
  });

  it("keeps only the rows of the given courses", () => {
    const dataset = fixture();
    const rows = participations(dataset, dataset.courses.filter((c) => c.id === "2016-ADV"));
    expect(rows.map((r) => r.code)).toEqual(["26", "74", "01"]);
  });
});
