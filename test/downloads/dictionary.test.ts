import { describe, expect, it } from "vitest";
import { dictionary } from "../../src/downloads/dictionary.ts";
import { downloadTables } from "../../src/downloads/tables.ts";
import { descriptor, smallSite } from "./fixture.ts";

const rows = () => Object.fromEntries(downloadTables(smallSite(), descriptor()).map((t) => [t.name, t.rows]));

describe("dictionary(descriptor, rows, lang)", () => {
  it("gives a section per resource of the descriptor, with its CSV and JSON addresses", () => {
    const files = dictionary(descriptor(), rows(), "vi");
    expect(files.map((f) => f.name)).toEqual(descriptor().resources.map((r) => r.name));
    expect(files.find((f) => f.name === "published-facts")).toMatchObject({
      title: "Số liệu đã công bố để đối chiếu",
      csv: "/files/published-facts.csv",
      json: "/files/published-facts.json",
      primaryKey: ["indicator", "subject", "as_of"],
    });
  });

  it("puts a field's type, constraints, description and first value into words", () => {
    const courses = dictionary(descriptor(), rows(), "en").find((f) => f.name === "courses")!;
    expect(courses.fields.find((f) => f.name === "programme")).toEqual({
      name: "programme",
      type: "text",
      required: true,
      constraints: ["one of: basic, advanced"],
      description: "Programme: basic, or advanced (assessment practice)",
      example: "basic",
    });
    expect(courses.fields.find((f) => f.name === "year")).toMatchObject({ type: "whole number", constraints: ["at least 2010", "at most 2100"], example: "2016" });
  });

  it("says what each allowed code means, in the reader's language, when the contract gives it", () => {
    const participants = dictionary(descriptor(), rows(), "vi").find((f) => f.name === "participants")!;
    const organisation = participants.fields.find((f) => f.name === "organisation")!;
    expect(organisation.constraints[0]).toContain("doit (Sở Công Thương), promotion_centre (Trung tâm khuyến công)");
  });

  it("takes the example from the first non-empty cell of the column", () => {
    const courses = dictionary(descriptor(), rows(), "vi").find((f) => f.name === "courses")!;
    // 2016-BAS has no trainees; 2017-ADV has 3.
    expect(courses.fields.find((f) => f.name === "trainees")).toMatchObject({ required: false, example: "3", constraints: ["nhỏ nhất 1"] });
  });

  it("names the target of a foreign key and the pattern of a code", () => {
    const sessions = dictionary(descriptor(), rows(), "vi").find((f) => f.name === "sessions")!;
    expect(sessions.fields.find((f) => f.name === "course_id")!.constraints).toEqual(["tham chiếu courses.id"]);
    expect(sessions.fields.find((f) => f.name === "province_code")!.constraints).toEqual(["theo mẫu ^\\d{2}$", "tham chiếu provinces.code"]);
  });

  it("describes the aggregated tables when given the published descriptor", () => {
    const site = smallSite();
    const tables = downloadTables(site, descriptor());
    const published = { resources: tables.map((t) => ({ name: t.name, path: `${t.name}.csv`, title: `${t.title_vi} / ${t.title_en}`, schema: t.schema })) };
    const coverage = dictionary(published, rows(), "en").find((f) => f.name === "coverage-by-year")!;
    expect(coverage.title).toBe("Provinces with trained officials, by year (cumulative)");
    expect(coverage.fields.find((f) => f.name === "basis_advanced")).toMatchObject({ type: "text", constraints: ["one of: published, derived, sample"], example: "derived" });
    expect(coverage.fields.find((f) => f.name === "basis_advanced")?.description).toContain("sample (rests on illustrative sample rows)");
    expect(coverage.fields.find((f) => f.name === "share_advanced")).toMatchObject({ constraints: ["at least 0", "at most 1"], example: "0" });
  });
});
