import { describe, expect, it } from "vitest";
import { validatePackage } from "../../src/data/validate-package.ts";
import { checkWith, descriptor, inFile, texts, validFiles } from "./package-with.ts";

describe("validatePackage(descriptor, files)", () => {
  it("passes the valid minimal package with zero problems and returns the typed dataset", () => {
    const { dataset, problems } = validatePackage(descriptor, validFiles());
    expect(problems).toEqual([]);
    expect(dataset?.provinces).toHaveLength(63);
    expect(dataset?.units).toHaveLength(34);
    expect(dataset?.courses[1]).toEqual({
      id: "2018-ADV",
      year: 2018,
      programme: "advanced",
      title_vi: "Khóa nâng cao năm 2018",
      title_en: "Advanced course, 2018",
      trainees: 30,
      source_url: "https://tietkiemnangluong.com.vn/News/Print/26175",
      status: "published",
      notes: "Khai mạc ngày 9/5/2018 tại TP. Hồ Chí Minh",
    });
    expect(dataset?.sessions[1]).toMatchObject({ start_date: "2018-10", end_date: null, days: null, province_code: null });
    expect(dataset?.targets.map((target) => target.target_percent)).toEqual([70, 90]);
    expect(dataset?.facts[0]).toMatchObject({ subject: null, as_of: "2017-12-31", value: 49 });
  });

  it("reads a file saved by Excel with a BOM, semicolons and CRLF line ends", () => {
    const { dataset, problems } = checkWith({ "courses.csv": "courses-excel-bom-semicolon-crlf.csv" });
    expect(problems).toEqual([]);
    expect(dataset?.courses.map((course) => course.id)).toEqual(["2017-ADV", "2018-ADV", "2015-BAS"]);
    expect(dataset?.courses[0]?.title_en).toBe("Advanced course, 2017");
  });

  it("reads a `sep=;` line and normalises day-first dates and month-only dates to ISO", () => {
    const { dataset, problems } = checkWith({ "sessions.csv": "sessions-sep-line-day-first.csv" });
    expect(problems).toEqual([]);
    expect(dataset?.sessions.map((session) => [session.start_date, session.end_date])).toEqual([
      ["2018-05-09", "2018-05-11"],
      ["2018-10", null],
      ["2017-07", "2017-07"],
    ]);
  });

  it("ignores trailing empty rows, including rows of only separators", () => {
    const { dataset, problems } = checkWith({ "participants.csv": "participants-trailing-empty-rows.csv" });
    expect(problems).toEqual([]);
    expect(dataset?.participants).toHaveLength(5);
  });

  it("trims spaces, NBSP and tabs around cells and warns once per column without blocking", () => {
    const { dataset, problems } = checkWith({ "participants.csv": "participants-trailing-spaces.csv" });
    expect(texts(problems)).toEqual([
      [
        "trimmed-spaces",
        'Dòng 3, cột "province_code": "␣01␣" có khoảng trắng thừa ở đầu hoặc cuối ô; đã tự bỏ khi đọc. Cột này còn 1 ô khác như vậy. Nên xóa khoảng trắng đó trong tệp.',
        'Row 3, column "province_code": "␣01␣" has extra spaces at the start or end; they were removed when reading. 1 more cell in this column is like this. Better remove them in the file.',
      ],
      [
        "trimmed-spaces",
        'Dòng 6, cột "organisation": "doit→" có khoảng trắng thừa ở đầu hoặc cuối ô; đã tự bỏ khi đọc. Nên xóa khoảng trắng đó trong tệp.',
        'Row 6, column "organisation": "doit→" has extra spaces at the start or end; they were removed when reading. Better remove them in the file.',
      ],
    ]);
    expect(problems.every((item) => item.severity === "warning")).toBe(true);
    expect(dataset?.participants.map((row) => row.province_code)).toEqual(["79", "01", "48", "01", "22"]);
  });

  it("reports a missing file and still checks the others", () => {
    const { dataset, problems } = checkWith({ "targets.csv": null, "courses.csv": "courses-trainees-mismatch.csv" });
    expect(dataset).toBeNull();
    expect(texts(problems)).toEqual([
      [
        "trainees-mismatch",
        'Dòng 3, cột "trainees": khóa "2018-ADV" có 32 học viên, nhưng cột "officials" của khóa này trong participants.csv cộng lại được 30. Sửa một trong hai tệp để hai số bằng nhau.',
        'Row 3, column "trainees": course "2018-ADV" has 32 trainees, but the "officials" of this course in participants.csv add up to 30. Correct one of the two files so that the numbers agree.',
      ],
      [
        "missing-file",
        'Không tìm thấy tệp "targets.csv". Đặt tệp vào thư mục dữ liệu với đúng tên này (chữ thường, đuôi .csv).',
        'The file "targets.csv" was not found. Put it in the data folder under exactly this name (lower case, ending in .csv).',
      ],
    ]);
    expect(problems.map((item) => item.file)).toEqual(["data/courses.csv", "data/targets.csv"]);
  });

  it("names files with the display prefix given", () => {
    const files = validFiles();
    delete files["targets.csv"];
    const { problems } = validatePackage(descriptor, files, { displayPrefix: "" });
    expect(problems.map((item) => item.file)).toEqual(["targets.csv"]);
  });

  it("skips the foreign-key rules that need an unreadable file, and keeps the others", () => {
    const { problems } = checkWith({ "courses.csv": "courses-not-utf8.csv", "participants.csv": "participants-unknown-province.csv" });
    expect(inFile(problems, "data/sessions.csv")).toEqual([]);
    expect(inFile(problems, "data/participants.csv").map((item) => item.code)).toEqual([
      "unknown-province",
      "unknown-province",
      "unknown-province",
      "unknown-province",
    ]);
  });
});

describe("validatePackage(descriptor, files) on a 5 MB file", () => {
  it("reports each of 200 000 repeated rows instead of running out of stack", { timeout: 60_000 }, () => {
    const row = "2018-ADV,79,doit,1,,illustrative\n";
    const big = new TextEncoder().encode(`course_id,province_code,organisation,officials,source_url,status\n${row.repeat(200_000)}`);
    const { dataset, problems } = validatePackage(descriptor, { ...validFiles(), "participants.csv": big });
    expect(dataset).toBeNull();
    expect(problems.filter((item) => item.code === "duplicate-key")).toHaveLength(199_999);
  });
});
