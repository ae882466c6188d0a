import { describe, expect, it } from "vitest";
import { formatReport, reportFooter, reportSections } from "../../src/data/report.ts";
import { problem } from "../../src/data/problem.ts";
import { checkWith } from "./package-with.ts";

const province = problem("unknown-province", "error", "data/participants.csv", { row: 14, column: "province_code", value: "1" }, {
  suggestion: "01",
  suggestion_vi: "Hà Nội",
  suggestion_en: "Ha Noi",
  by_name: 0,
});
const officials = problem("not-an-integer", "error", "data/participants.csv", { row: 31, column: "officials", value: "12,5" }, {
  example: 3,
  withoutSeparators: null,
});
const spaces = problem("trimmed-spaces", "warning", "data/courses.csv", { row: 2, column: "title_vi", value: "Khóa 2018␣" }, { others: 0 });

describe("formatReport(problems, options)", () => {
  it("lists errors by file in Vietnamese then English, then warnings, then what to do", () => {
    expect(formatReport([spaces, province, officials])).toBe(
      [
        "data/participants.csv: 2 lỗi / 2 problems",
        "",
        '  Dòng 14, cột "province_code": "1" không phải mã tỉnh. Mã tỉnh có hai chữ số: ghi "01" (Hà Nội).',
        '  Row 14, column "province_code": "1" is not a province code. Codes have two digits: enter "01" (Ha Noi).   [unknown-province]',
        "",
        '  Dòng 31, cột "officials": "12,5" không phải số nguyên. Nhập số nguyên, không có dấu chấm hay dấu phẩy, ví dụ 3.',
        '  Row 31, column "officials": "12,5" is not a whole number. Enter a whole number without dots or commas, e.g. 3.   [not-an-integer]',
        "",
        "data/courses.csv: 1 cảnh báo / 1 warning",
        "",
        '  Dòng 2, cột "title_vi": "Khóa 2018␣" có khoảng trắng thừa ở đầu hoặc cuối ô; đã tự bỏ khi đọc. Nên xóa khoảng trắng đó trong tệp.',
        '  Row 2, column "title_vi": "Khóa 2018␣" has extra spaces at the start or end; they were removed when reading. Better remove them in the file.   [trimmed-spaces]',
        "",
        'Chưa xuất bản gì. Sửa tệp, lưu dạng "CSV UTF-8", rồi chạy: npm run check',
        'Nothing was published. Fix the file, save it as "CSV UTF-8", then run: npm run check',
        "",
      ].join("\n"),
    );
  });

  it("shows at most 20 problems per file, then says how many more", () => {
    const { problems } = checkWith({ "participants.csv": "participants-many-unknown-provinces.csv" });
    const lines = formatReport(problems).split("\n");
    expect(lines[0]).toBe("data/participants.csv: 25 lỗi / 25 problems");
    expect(lines.filter((line) => line.endsWith("[unknown-province]"))).toHaveLength(20);
    expect(lines).toContain("  …và 5 lỗi khác như vậy / …and 5 more like this");
    expect(lines.at(-3)).toBe('Chưa xuất bản gì. Sửa tệp, lưu dạng "CSV UTF-8", rồi chạy: npm run check');
  });

  it("takes the limit and the command as options", () => {
    const text = formatReport([province, officials], { maxPerFile: 1, command: "npm run check:data" });
    expect(text).toContain("  …và 1 lỗi khác như vậy / …and 1 more like this\n");
    expect(text).not.toContain("Dòng 31");
    expect(text).toContain("then run: npm run check:data\n");
  });

  it("says warnings do not block publishing when there are no errors", () => {
    expect(formatReport([spaces]).split("\n").slice(-3)).toEqual([
      "Không có lỗi. Các cảnh báo trên không chặn việc xuất bản, nhưng nên sửa.",
      "No errors. The warnings above do not block publishing, but are worth fixing.",
      "",
    ]);
  });

  it("says the data are valid when there is nothing to report", () => {
    expect(formatReport([])).toBe("Dữ liệu hợp lệ: không có lỗi hay cảnh báo nào.\nThe data are valid: no problems and no warnings.\n");
  });
});

describe("reportSections(problems, options)", () => {
  it("groups errors then warnings by file, each with its messages and how many more there are", () => {
    const sections = reportSections([spaces, province, officials], { maxPerFile: 1 });
    expect(sections.map((s) => [s.file, s.severity, s.heading, s.items.map((i) => i.problem.code), s.more])).toEqual([
      ["data/participants.csv", "error", "data/participants.csv: 2 lỗi / 2 problems", ["unknown-province"], "…và 1 lỗi khác như vậy / …and 1 more like this"],
      ["data/courses.csv", "warning", "data/courses.csv: 1 cảnh báo / 1 warning", ["trimmed-spaces"], null],
    ]);
    expect(sections[0]?.items[0]?.vi).toMatch(/^Dòng 14, cột "province_code": /);
    expect(sections[0]?.items[0]?.en).toMatch(/^Row 14, column "province_code": /);
  });
});

describe("reportFooter(problems, options)", () => {
  it("says how to save the fixed file, a workbook as a workbook", () => {
    expect(reportFooter([province], { saveAs: "Excel Workbook (.xlsx)", command: "npm run import -- a.xlsx" })[1]).toBe(
      'Nothing was published. Fix the file, save it as "Excel Workbook (.xlsx)", then run: npm run import -- a.xlsx',
    );
  });

  it("is the last two lines of the report, in Vietnamese then English", () => {
    for (const problems of [[province], [spaces], []]) {
      expect(formatReport(problems).split("\n").slice(-3, -1)).toEqual(reportFooter(problems));
    }
  });
});

describe("reportSections(problems) on a very large file", () => {
  it("groups 200 000 problems of one file, as a 5 MB file can hold, showing 20 and counting the rest", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...officials, row: i + 2 }));
    const [section] = reportSections(many);
    expect(section?.heading).toBe("data/participants.csv: 200000 lỗi / 200000 problems");
    expect(section?.items).toHaveLength(20);
    expect(section?.more).toBe("…và 199980 lỗi khác như vậy / …and 199980 more like this");
  });
});
