import { describe, expect, it } from "vitest";
import type { PublishedFact } from "../../src/data/types.ts";
import { course, courseRows, dateSpan } from "../../src/site/views/courses.ts";
import { headline, keyFigures, verdictView } from "../../src/site/views/headline.ts";
import { fixture } from "../stats/fixture.ts";
import { contextOf } from "./support.ts";

const fact = (indicator: PublishedFact["indicator"], as_of: string, value: number, extra: Partial<PublishedFact> = {}): PublishedFact => ({
  indicator, subject: null, as_of, comparison: "equals", value, source_url: "https://example.org/article", source_date: "2018-05-10", quote: null, notes: null, ...extra,
});

describe("dateSpan(start, end, lang)", () => {
  it("writes both dates, one date, a month, a year, or a dash", () => {
    expect(dateSpan("2018-05-09", "2018-05-11", "vi")).toBe("9/5/2018 – 11/5/2018");
    expect([dateSpan("2018-10", null, "vi"), dateSpan("2017", null, "vi"), dateSpan(null, null, "vi")]).toEqual(["tháng 10/2018", "năm 2017", "–"]);
  });
});

describe("course(ctx, id, lang)", () => {
  const ctx = contextOf(fixture());

  it("tells each round as the source does: a planned round with its month and no place", () => {
    // 2016-ADV: round 1 held 9–11/5/2016 in Hồ Chí Minh (79); round 2 planned for October 2016, place not given.
    expect(course(ctx, "2016-ADV", "vi").rounds).toBe("đợt 1: 9/5/2016 – 11/5/2016, Hồ Chí Minh; đợt 2 dự kiến tháng 10/2016, chưa công bố địa điểm");
    expect(course(ctx, "2016-ADV", "en").rounds).toBe("round 1: 9 May 2016 – 11 May 2016, Ho Chi Minh City; round 2 planned for October 2016, place not published");
    expect(course(ctx, "2016-ADV", "vi").sessions.map((s) => s.dates)).toEqual(["9/5/2016 – 11/5/2016", "tháng 10/2016 (dự kiến)"]);
  });

  it("gives published trainees as such, and a sample headcount as sample", () => {
    const published = course(ctx, "2016-ADV", "vi");
    expect([published.trainees.text, published.trainees.basis, published.summary]).toEqual([
      "4", "derived", "Khóa nâng cao năm 2016: đợt 1: 9/5/2016 – 11/5/2016, Hồ Chí Minh; đợt 2 dự kiến tháng 10/2016, chưa công bố địa điểm. 4 học viên từ 3 tỉnh, thành phố (số đã công bố).",
    ]);
    const sample = course(ctx, "2014-BAS", "en");
    expect([sample.trainees.text, sample.trainees.basis]).toEqual(["6", "sample"]);
    expect(sample.summary).toContain("Its headcount is not published; the sample data list 6 officials from 3 provinces (sample figures).");
  });

  it("sums each province's officials in the statistics, not in the view", () => {
    expect(course(ctx, "2014-BAS", "vi").provinces.map((p) => [p.code, p.officials])).toEqual([["01", 3], ["26", 2], ["79", 1]]);
  });

  it("marks the dates and places of illustrative rounds as sample in the courses table", () => {
    const rows = courseRows(ctx, "vi");
    expect(rows.map((r) => `${r.id}/${r.round}:${r.sessionBasis}`)).toEqual([
      "2014-BAS/1:sample", "2015-ADV/1:sample", "2015-ADV/2:sample", "2016-ADV/1:published", "2016-ADV/2:published", "2017-ADV/–:null",
    ]);
  });
});

describe("headline(ctx, lang) and verdictView(ctx, verdict, lang)", () => {
  it("gives no headline when only sample rows exist", () => {
    expect(headline(contextOf(fixture()), "vi")).toBeNull();
  });

  it("states the latest published figure with its date and dated source", () => {
    const dataset = fixture();
    dataset.facts = [fact("provinces_trained_practice", "2016-12-31", 4)];
    const h = headline(contextOf(dataset), "vi")!;
    expect(h.sentence).toBe("Đến ngày 31/12/2016, 4 trong 5 tỉnh, thành phố (80,0%) có cán bộ ngành công thương được đào tạo thực hành đánh giá sản xuất sạch hơn, theo số liệu đã công bố.");
    expect([h.source, h.source_url, h.basis]).toEqual(["example.org, đăng ngày 10/5/2018", "https://example.org/article", "published"]);
  });

  it("says a passed target year had no figure for it, and gives the nearest published one", () => {
    const dataset = fixture();
    dataset.facts = [fact("provinces_trained_practice", "2017-12-31", 4, { source_date: null })];
    dataset.changelog = [{ version: "1.0.0", date: "2026-11-28", summary_vi: "", summary_en: "" }];
    const ctx = contextOf(dataset);
    const v2020 = verdictView(ctx, ctx.site.stats.verdicts[1]!, "en");
    expect([v2020.status, v2020.label]).toEqual(["year-passed", "No figure for 2020"]);
    expect(v2020.sentence).toBe(
      "2020 has passed with no published figure for that year, so no one can say from the sources whether the target was met. " +
        "The nearest published figure: According to example.org, by 31 December 2017 4 of 5 provinces (80.0%) had officials trained in cleaner-production assessment practice.",
    );
  });

  it("quotes the source's own words when a verdict rests on the review's statement", () => {
    const dataset = fixture();
    dataset.facts = [fact("provinces_cp_specialists", "2020-12-31", 5, { quote: "experts are deployed across 5 provinces", source_date: "2020-12-31" })];
    const ctx = contextOf(dataset);
    const v2020 = verdictView(ctx, ctx.site.stats.verdicts[1]!, "vi");
    expect([v2020.status, v2020.label]).toEqual(["met", "Đạt"]);
    expect(v2020.sentence).toContain("“experts are deployed across 5 provinces” (5/5 tỉnh, thành phố, đến 31/12/2020)");
  });
});

describe("keyFigures(ctx, lang)", () => {
  it("gives the latest published counts with their sources, and the courses; no sample total", () => {
    const dataset = fixture();
    dataset.facts = [fact("officials_trained", "2016-05-09", 10, { comparison: "more_than" }), fact("officials_trained", "2017-12-31", 14, { comparison: "more_than" })];
    const cards = keyFigures(contextOf(dataset), "vi");
    expect(cards.map((c) => [c.id, c.value, c.basis])).toEqual([["officials_trained", "trên 14", "published"], ["courses", "4", "sample"]]);
  });
});
