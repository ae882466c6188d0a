import { describe, expect, it } from "vitest";
import { columnLetter } from "../../../src/data/validate/columns.ts";
import { checkWith, inFile, texts } from "../package-with.ts";

describe("columns(resource, table, file)", () => {
  it("refuses a missing required column and warns about a missing optional one", () => {
    const { dataset, problems } = checkWith({ "courses.csv": "courses-missing-column.csv" });
    expect(dataset).toBeNull();
    expect(texts(inFile(problems, "data/courses.csv"))).toEqual([
      [
        "missing-column",
        'Dòng 1: Thiếu cột "year" (Năm tổ chức khóa). Thêm cột này vào dòng tiêu đề, viết đúng tên "year".',
        'Row 1: Column "year" (Year the course was held) is missing. Add it to the header row, spelled exactly "year".',
      ],
      [
        "missing-optional-column",
        'Dòng 1: Không có cột "notes" (Ghi chú). Cột này không bắt buộc; mọi ô của cột được coi là trống.',
        'Row 1: There is no column "notes" (Notes). It is optional, so all its cells count as empty.',
      ],
    ]);
  });

  it("warns about unknown columns, suggesting the column meant when only case differs", () => {
    const { dataset, problems } = checkWith({ "courses.csv": "courses-unknown-column.csv" });
    expect(dataset).not.toBeNull();
    expect(texts(inFile(problems, "data/courses.csv"))).toEqual([
      [
        "unknown-column",
        'Dòng 1: Cột "Notes" (cột I) không có trong mô tả dữ liệu (datapackage.json) nên bị bỏ qua. Nếu đó là cột "notes", sửa tên cho đúng.',
        'Row 1: Column "Notes" (column I) is not in the data description (datapackage.json), so it is ignored. If it is column "notes", correct its name.',
      ],
      [
        "unknown-column",
        'Dòng 1: Cột "ghi chú" (cột J) không có trong mô tả dữ liệu (datapackage.json) nên bị bỏ qua. Các cột được dùng: id, year, programme, title_vi, title_en, trainees, source_url, status, notes.',
        'Row 1: Column "ghi chú" (column J) is not in the data description (datapackage.json), so it is ignored. The columns used are: id, year, programme, title_vi, title_en, trainees, source_url, status, notes.',
      ],
      [
        "missing-optional-column",
        'Dòng 1: Không có cột "notes" (Ghi chú). Cột này không bắt buộc; mọi ô của cột được coi là trống.',
        'Row 1: There is no column "notes" (Notes). It is optional, so all its cells count as empty.',
      ],
    ]);
  });

  it("refuses a column name used twice, naming both spreadsheet columns", () => {
    const { problems } = checkWith({ "courses.csv": "courses-duplicate-column.csv" });
    expect(texts(inFile(problems, "data/courses.csv"))).toEqual([
      [
        "duplicate-column",
        'Dòng 1: Cột "year" có hai lần (cột B và cột J của bảng tính). Xóa hoặc đổi tên một cột.',
        'Row 1: Column "year" appears twice (spreadsheet columns B and J). Delete or rename one of them.',
      ],
    ]);
  });
});

describe("columnLetter(index)", () => {
  it("names columns as a spreadsheet does", () => {
    expect([0, 8, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(["A", "I", "Z", "AA", "AB", "AZ", "BA"]);
  });
});
