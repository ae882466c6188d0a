import { describe, expect, it } from "vitest";
import { factMismatch, messageEn, messageVi } from "../../src/data/index.ts";
import type { PublishedFact } from "../../src/data/types.ts";

const url = "https://tietkiemnangluong.com.vn/News/Print/26175";

describe("factMismatch(check, severity)", () => {
  it("names the indicator, date, source, both values and the comparison", () => {
    const fact: PublishedFact = { indicator: "provinces_trained_advanced", subject: null, as_of: "2017-12-31", comparison: "equals", value: 49, source_url: url, notes: null };
    const found = factMismatch({ fact, computed: 45, ok: false }, "error");
    expect(found).toMatchObject({ code: "fact-mismatch", severity: "error", file: "data/published-facts.csv", row: null, column: "value", value: "49" });
    expect(messageVi(found)).toBe(
      `Số liệu đã công bố "provinces_trained_advanced" ngày 31/12/2017 là 49 (nguồn: ${url}), nhưng tính từ dữ liệu được 45. Kiểm tra các tệp số liệu, hoặc dòng này trong published-facts.csv.`,
    );
    expect(messageEn(found)).toBe(
      `The published figure "provinces_trained_advanced" as of 2017-12-31 is 49 (source: ${url}), but the data give 45. Check the data files, or this row of published-facts.csv.`,
    );
  });

  it("names the course and an at-least comparison", () => {
    const fact: PublishedFact = { indicator: "course_trainees", subject: "2018-ADV", as_of: "2018-05-09", comparison: "at_least", value: 30, source_url: url, notes: null };
    const found = factMismatch({ fact, computed: 28, ok: false }, "warning", { displayPrefix: "" });
    expect(found.file).toBe("published-facts.csv");
    expect(found.severity).toBe("warning");
    expect(messageVi(found)).toBe(
      `Số liệu đã công bố "course_trainees" của khóa "2018-ADV" ngày 09/05/2018 là ít nhất 30 (nguồn: ${url}), nhưng tính từ dữ liệu được 28. Kiểm tra các tệp số liệu, hoặc dòng này trong published-facts.csv.`,
    );
    expect(messageEn(found)).toBe(
      `The published figure "course_trainees" for course "2018-ADV" as of 2018-05-09 is at least 30 (source: ${url}), but the data give 28. Check the data files, or this row of published-facts.csv.`,
    );
  });
});
