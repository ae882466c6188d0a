import { describe, expect, it } from "vitest";
import { both, changeSummary, changesMarkdown, formatChanges } from "../../src/checker/index.ts";
import { dataFiles, descriptor, newCourseFiles, passing } from "./support.ts";

const against = both("checker.changes.againstBuild", () => ({ path: "_site/files/" }));

describe("changeSummary(descriptor, before, after, against)", () => {
  const before = passing(dataFiles());
  const after = passing(newCourseFiles());
  const summary = changeSummary(descriptor, before, after, against);

  it("says what it compares with, in Vietnamese and English", () => {
    expect(summary.heading).toEqual(["Thay đổi so với bản xây dựng gần nhất (_site/files/)", "Changes against the last build (_site/files/)"]);
  });

  it("has a section for rows, the headline, the verdicts and the provinces, in that order", () => {
    expect(summary.sections.map((s) => s.heading[1])).toEqual(["Rows", "Headline of the home page", "Verdicts on the targets", "Provinces"]);
  });

  it("counts the rows added per file and names them", () => {
    expect(summary.sections[0]?.lines.map((l) => l[1])).toEqual([
      "courses.csv: 1 added, 0 changed, 0 removed (added: 2019-ADV)",
      "sessions.csv: 1 added, 0 changed, 0 removed (added: 2019-ADV · 1)",
      "participants.csv: 2 added, 0 changed, 0 removed (added: 2019-ADV · 01 · doit, 2019-ADV · 02 · doit)",
    ]);
  });

  it("marks a province's officials as sample when its rows are illustrative", () => {
    const hanoi = (stats: typeof after.aggregates) => stats.officials.byProvince.find((p) => p.code === "01")!;
    expect(hanoi(after.aggregates).basis).toBe("sample");
    expect(summary.sections[3]?.lines[0]).toEqual([
      `Hà Nội: ${hanoi(before.aggregates).officials} → ${hanoi(after.aggregates).officials} lượt cán bộ (mẫu)`,
      `Ha Noi: ${hanoi(before.aggregates).officials} → ${hanoi(after.aggregates).officials} officials (sample)`,
    ]);
  });

  it("says the headline and the verdicts are unchanged when they are", () => {
    expect(summary.sections[1]?.lines[0]?.[1]).toMatch(/^Unchanged: /);
    expect(summary.sections[2]?.lines).toEqual([["Không đánh giá nào thay đổi.", "No verdict changes."]]);
  });

  it("lists no rows when nothing changed", () => {
    const same = changeSummary(descriptor, before, before, against);
    expect(same.sections[0]?.lines).toEqual([["Không dòng nào thay đổi.", "No row changed."]]);
    expect(same.sections[3]?.lines).toEqual([["Không tỉnh, thành phố nào thay đổi số liệu.", "No province's figures change."]]);
  });
});

describe("formatChanges(summary) and changesMarkdown(summary)", () => {
  const summary = changeSummary(descriptor, passing(dataFiles()), passing(newCourseFiles()), against);

  it("prints every line of the summary, Vietnamese above English", () => {
    const text = formatChanges(summary);
    for (const section of summary.sections) for (const [vi, en] of section.lines) expect(text).toContain(`  ${vi}\n  ${en}`);
  });

  it("escapes Markdown and HTML in the comment, so a cell cannot format or inject anything", () => {
    const hostile = { heading: summary.heading, sections: [{ heading: ["a", "b"] as [string, string], lines: [["<img src=x> *b* a_b", "[x](y)"] as [string, string]] }] };
    const md = changesMarkdown(hostile);
    expect(md).toContain("- &lt;img src=x&gt; \\*b\\* a\\_b<br>_\\[x\\](y)_");
    expect(md).not.toContain("<img");
  });
});
