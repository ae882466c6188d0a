import { describe, expect, it } from "vitest";
import { endsBeforeStart } from "../../../src/data/validate/session-dates.ts";
import { checkWith, inFile, texts } from "../package-with.ts";

describe("sourceUrl(table)", () => {
  it("needs a source_url on a published row", () => {
    const { problems } = checkWith({ "participants.csv": "participants-missing-source.csv" });
    expect(texts(problems)).toEqual([
      [
        "missing-source",
        'Dòng 7, cột "source_url": ô trống, nhưng dòng này có status là "published". Ghi địa chỉ web của nguồn đã công bố (bắt đầu bằng https:// hoặc http://), hoặc đổi status thành "illustrative" nếu chưa có nguồn.',
        'Row 7, column "source_url": the cell is empty, but this row\'s status is "published". Enter the web address of the published source (starting with https:// or http://), or set status to "illustrative" if there is none.',
      ],
    ]);
  });
});

describe("sessionDates(tables)", () => {
  it("refuses an end date before the start date, comparing month-only dates by month", () => {
    const { problems } = checkWith({ "sessions.csv": "sessions-end-before-start.csv" });
    expect(texts(problems)).toEqual([
      [
        "end-before-start",
        'Dòng 2, cột "end_date": ngày kết thúc "2018-05-08" sớm hơn ngày bắt đầu "2018-05-09" (cột "start_date"). Kiểm tra lại hai ngày; ngày ghi theo thứ tự ngày/tháng/năm.',
        'Row 2, column "end_date": the end date "2018-05-08" is before the start date "2018-05-09" (column "start_date"). Check both dates; write them as day/month/year.',
      ],
      [
        "end-before-start",
        'Dòng 3, cột "end_date": ngày kết thúc "30/09/2018" sớm hơn ngày bắt đầu "2018-10" (cột "start_date"). Kiểm tra lại hai ngày; ngày ghi theo thứ tự ngày/tháng/năm.',
        'Row 3, column "end_date": the end date "30/09/2018" is before the start date "2018-10" (column "start_date"). Check both dates; write them as day/month/year.',
      ],
    ]);
  });

  it("compares at the precision both dates have", () => {
    expect(endsBeforeStart("2018-10", "2018-10-05")).toBe(false);
    expect(endsBeforeStart("2018-10-05", "2018-10")).toBe(false);
    expect(endsBeforeStart("2018-10-05", "2018-09")).toBe(true);
    expect(endsBeforeStart("2018-05-09", "2018-05-09")).toBe(false);
  });
});

describe("sessionYear(tables)", () => {
  it("refuses a round dated outside its course's year", () => {
    const { problems } = checkWith({ "sessions.csv": "sessions-outside-course-year.csv" });
    expect(texts(problems)).toEqual([
      [
        "session-outside-course-year",
        'Dòng 3, cột "start_date": "2019-01" không thuộc năm 2018 của khóa "2018-ADV". Sửa ngày, hoặc sửa mã khóa ở cột "course_id".',
        'Row 3, column "start_date": "2019-01" is not in 2018, the year of course "2018-ADV". Correct the date, or the course id in column "course_id".',
      ],
    ]);
  });
});

describe("courseId(tables)", () => {
  it("refuses an id whose year or suffix disagrees with year and programme", () => {
    const { problems } = checkWith({ "courses.csv": "courses-id-mismatch.csv" });
    expect(texts(inFile(problems, "data/courses.csv"))).toEqual([
      [
        "course-id-year-mismatch",
        'Dòng 4, cột "id": mã khóa "2015-BAS" bắt đầu bằng năm 2015, nhưng cột "year" ghi 2016. Sửa để mã khóa và năm khớp nhau.',
        'Row 4, column "id": course id "2015-BAS" starts with 2015, but column "year" says 2016. Make the id and the year agree.',
      ],
      [
        "course-id-programme-mismatch",
        'Dòng 4, cột "id": mã khóa "2015-BAS" có đuôi BAS, nhưng cột "programme" ghi "advanced". Khóa cơ bản (basic) dùng đuôi BAS, khóa nâng cao (advanced) dùng đuôi ADV: ở đây phải là ADV.',
        'Row 4, column "id": course id "2015-BAS" ends in BAS, but column "programme" says "advanced". Basic courses end in BAS and advanced ones in ADV: here it must be ADV.',
      ],
    ]);
  });
});

describe("trainees(tables)", () => {
  it("names both numbers when a course's participants do not add up to its trainees", () => {
    const { problems } = checkWith({ "courses.csv": "courses-trainees-mismatch.csv" });
    expect(texts(problems)).toEqual([
      [
        "trainees-mismatch",
        'Dòng 3, cột "trainees": khóa "2018-ADV" có 32 học viên, nhưng cột "officials" của khóa này trong participants.csv cộng lại được 30. Sửa một trong hai tệp để hai số bằng nhau.',
        'Row 3, column "trainees": course "2018-ADV" has 32 trainees, but the "officials" of this course in participants.csv add up to 30. Correct one of the two files so that the numbers agree.',
      ],
    ]);
  });
});

describe("provincesComplete(tables)", () => {
  it("needs 63 provinces and a province for every 2025 unit", () => {
    const { problems } = checkWith({ "provinces.csv": "provinces-missing-ha-noi.csv" });
    expect(texts(inFile(problems, "data/provinces.csv"))).toEqual([
      [
        "province-count",
        "Tệp có 62 tỉnh, nhưng phải có đúng 63 tỉnh, thành phố (trước ngày 1/7/2025). Thêm tỉnh còn thiếu hoặc xóa dòng thừa.",
        "The file has 62 provinces but must have exactly 63, the provinces before 1 July 2025. Add the missing ones or delete the extra rows.",
      ],
    ]);
    expect(texts(inFile(problems, "data/provinces-2025.csv"))).toEqual([
      [
        "unit-without-province",
        'Dòng 2, cột "code": không có tỉnh cũ nào trong provinces.csv thuộc đơn vị "01" (Hà Nội). Mỗi đơn vị mới gồm ít nhất một tỉnh cũ: kiểm tra cột "code_2025" của provinces.csv.',
        'Row 2, column "code": no old province in provinces.csv belongs to unit "01" (Ha Noi). Every new unit is made of at least one old province: check column "code_2025" of provinces.csv.',
      ],
    ]);
  });
});
