import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/data/report.ts";
import { problem } from "../../src/data/problem.ts";
import { both, changeSummary, reportHtml } from "../../src/checker/index.ts";
import { dataFiles, descriptor, newCourseFiles, passing } from "./support.ts";

/** The text a reader sees: tags dropped, entities decoded, spaces squeezed. */
function seen(html: string): string {
  const body = html.slice(html.indexOf("<body>"));
  return body.replace(/<br>/g, "\n").replace(/<[^>]+>/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&").replace(/[ \t]+/g, " ");
}

describe("reportHtml(page)", () => {
  const bad = problem("formula-like", "error", "data/courses.csv", { row: 3, column: "notes", value: "=<script>alert(1)</script>" }, { first: "=" });
  const spaces = problem("trimmed-spaces", "warning", "data/courses.csv", { row: 2, column: "title_vi", value: "Khóa␣" }, { others: 0 });

  it("holds every line the console prints, in the same order, Vietnamese first", () => {
    const text = seen(reportHtml({ problems: [spaces, bad] }));
    let from = 0;
    for (const line of formatReport([spaces, bad]).split("\n").map((l) => l.trim().replace(/\s+/g, " ")).filter(Boolean)) {
      const at = text.indexOf(line, from);
      expect(at, line).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
  });

  it("shows a cell's text as text, never as markup", () => {
    const html = reportHtml({ problems: [bad] });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/);
  });

  it("adds what the change does after a successful check, and the notes", () => {
    const summary = changeSummary(descriptor, passing(dataFiles()), passing(newCourseFiles()), both("checker.changes.againstPublished"));
    const text = seen(reportHtml({ problems: [], changes: summary, notes: [["ghi chú", "a note"]] }));
    expect(text).toContain("ghi chú");
    for (const section of summary.sections) for (const [vi, en] of section.lines) expect(text).toContain(`${vi} \n ${en}`);
  });
});
