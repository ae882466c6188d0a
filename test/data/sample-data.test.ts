import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/stats/aggregate.ts";
import { sampleDataset } from "../fixtures/datasets.ts";

const ARTICLE = "https://tietkiemnangluong.com.vn/News/Print/26175";
const SCP = "http://scp.gov.vn/tin-tuc/t1946/hoan-thanh-khoa-tap-huan-nang-cao-ky-nang-thuc-hanh-danh-gia-san-xuat-sach-hon-do-vu-khoa-hoc-va-cong-nghe--bo-cong-thuong-to-chuc.html";

describe("the frozen sample dataset (test/fixtures/sample/)", () => {
  const dataset = sampleDataset();
  const result = aggregate(dataset);
  const advanced = (year: number) => result.coverage.advanced.provinces.find((p) => p.year === year)!;

  it("reconciles every published fact the rows can compute, and leaves the review's statement unchecked", () => {
    const checks = result.facts;
    expect(checks).toHaveLength(6);
    expect(checks.filter((c) => c.ok === false)).toEqual([]);
    const computed = Object.fromEntries(checks.map((c) => [`${c.fact.indicator} ${c.fact.subject ?? ""}`.trim(), c.computed]));
    expect(computed).toMatchObject({ provinces_trained_practice: 49, provinces_trained_any: 63, "course_trainees 2018-ADV": 30, "course_provinces 2018-ADV": 16, provinces_cp_specialists: null });
    expect(computed.officials_trained).toBeGreaterThan(300);
  });

  it("leads with the published 49 of 63 by the end of 2017, not with any sample year", () => {
    expect(result.headline).toMatchObject({ count: 49, total: 63, date: "2017-12-31", basis: "published", source_url: ARTICLE });
    expect(advanced(2018).basis).toBe("sample");
    expect(advanced(2017)).toMatchObject({ basis: "published", source_url: ARTICLE });
  });

  it("judges the 2015 target as having no figure for its year and the 2020 target as met by the review, never on sample rows", () => {
    expect(result.verdicts.map((v) => [v.targetYear, v.status, v.evidence?.date, v.evidence?.basis])).toEqual([
      [2015, "year-passed", "2017-12-31", "published"],
      [2020, "met", "2020-12-31", "published"],
    ]);
    expect(result.verdicts.every((v) => v.projection === null)).toBe(true);
  });

  it("shows 49 of 63 provinces with advanced-course officials at the end of 2017", () => {
    expect([advanced(2017).count, advanced(2017).total]).toEqual([49, 63]);
  });

  it("grows below 45 in 2015 and to 30–36 in 2016, and gains new provinces in 2018, all of it sample", () => {
    expect(advanced(2015).count).toBeLessThan(45);
    expect(advanced(2016).count).toBeGreaterThanOrEqual(30);
    expect(advanced(2016).count).toBeLessThanOrEqual(36);
    expect(advanced(2018).newCodes.length).toBeGreaterThan(0);
    expect(advanced(2018).count).toBe(49 + advanced(2018).newCodes.length);
    expect([advanced(2015).basis, advanced(2016).basis]).toEqual(["sample", "sample"]);
  });

  it("has 30 officials from 16 provinces in 2018-ADV, from DOITs, promotion centres, cleaner-production centres and consultancies", () => {
    const course = result.courses.find((c) => c.id === "2018-ADV")!;
    expect([course.trainees, course.officials, course.provinceCount]).toEqual([30, 30, 16]);
    for (const org of ["doit", "promotion_centre", "cp_centre", "consultancy"] as const) expect(course.byOrganisation[org]).toBeGreaterThan(0);
  });

  it("counts more than 300 officials (320–360) from all 63 provinces, the basic courses alone reaching all 63", () => {
    expect(result.officials.total).toBeGreaterThanOrEqual(320);
    expect(result.officials.total).toBeLessThanOrEqual(360);
    expect(result.coverage.all.provinces.at(-1)?.count).toBe(63);
    const basic = new Set(dataset.participants.filter((p) => p.course_id.endsWith("-BAS")).map((p) => p.province_code));
    expect(basic.size).toBe(63);
  });

  it("has courses of different sizes, every region in every course, and big provinces in several years", () => {
    const provinces = new Map(dataset.provinces.map((p) => [p.code, p]));
    for (const course of result.courses) {
      const [low, high] = course.programme === "basic" ? [35, 70] : [25, 45];
      expect(course.officials, course.id).toBeGreaterThanOrEqual(low);
      expect(course.officials, course.id).toBeLessThanOrEqual(high);
      expect(new Set(course.provinces.map((c) => provinces.get(c)?.region)).size, course.id).toBe(6);
    }
    expect(new Set(result.courses.map((c) => c.officials)).size).toBeGreaterThan(5);
    for (const city of ["01", "31", "48", "79", "92"]) {
      expect(result.officials.byProvince.find((p) => p.code === city)!.courses.length, city).toBeGreaterThanOrEqual(3);
    }
  });

  it("has basic courses 2010–2015 with one round and advanced courses 2015–2018 with two", () => {
    expect(result.courses.map((c) => `${c.id}:${c.sessions.map((s) => s.round).join("+")}`)).toEqual([
      "2010-BAS:1", "2011-BAS:1", "2012-BAS:1", "2013-BAS:1", "2014-BAS:1", "2015-BAS:1", "2015-ADV:1+2", "2016-ADV:1+2", "2017-ADV:1+2", "2018-ADV:1+2",
    ]);
  });

  it("keeps the published rounds as the sources tell them: 2017 round 2 dated only by its year, 2018 round 2 planned, place unknown", () => {
    const rounds = (id: string) => result.courses.find((c) => c.id === id)!.sessions;
    expect(rounds("2017-ADV").map((s) => [s.start_date, s.end_date, s.province_code, s.state, s.source_url, s.status])).toEqual([
      ["2017-07", null, "01", "held", SCP, "published"],
      ["2017", null, null, "held", SCP, "published"],
    ]);
    expect(rounds("2018-ADV").map((s) => [s.start_date, s.end_date, s.province_code, s.city, s.days, s.state, s.source_url, s.status])).toEqual([
      ["2018-05-09", "2018-05-11", "79", "TP. Hồ Chí Minh", 3, "held", ARTICLE, "published"],
      ["2018-10", null, null, null, null, "planned", ARTICLE, "published"],
    ]);
    expect(result.meta.latestCourse).toEqual({ id: "2018-ADV", year: 2018, programme: "advanced", firstSessionDate: "2018-05-09", city: "TP. Hồ Chí Minh", province_code: "79" });
  });

  it("gives every row a source address or marks it illustrative", () => {
    const rows = [...dataset.courses, ...dataset.sessions, ...dataset.participants];
    expect(rows.filter((r) => r.source_url === null && r.status !== "illustrative")).toEqual([]);
    expect([...dataset.targets, ...dataset.facts].filter((r) => !r.source_url)).toEqual([]);
  });

  it("marks every participant row illustrative, since the split by province is not published", () => {
    expect(dataset.participants.filter((p) => p.status !== "illustrative")).toEqual([]);
    expect([result.bases.coverage, result.bases.officials]).toEqual(["sample", "sample"]);
  });

  it("keeps invented details on illustrative rows: only published rounds carry a source", () => {
    for (const s of dataset.sessions) expect(s.status === "published", `${s.course_id}/${s.round}`).toBe(s.source_url !== null);
  });

  it("states the strategy's 2015 and 2020 targets, 70% and 90%, as 45 and 57 provinces", () => {
    expect(result.verdicts.map((v) => [v.targetYear, v.targetPercent, v.targetCount])).toEqual([[2015, 70, 45], [2020, 90, 57]]);
  });
});
