import { describe, expect, it } from "vitest";
import { factMismatch } from "../../src/data/fact-mismatch.ts";
import { messageEn, messageVi } from "../../src/data/messages/message.ts";
import type { PublishedFact } from "../../src/data/types.ts";

const url = "https://tietkiemnangluong.com.vn/News/Print/26175";
const base = { source_date: null, quote: null, notes: null };

describe("factMismatch(check, severity, options)", () => {
  it("names the row, the indicator, the date, the source, both values, and how to fix it", () => {
    const fact: PublishedFact = { indicator: "provinces_trained_practice", subject: null, as_of: "2017-12-31", comparison: "equals", value: 50, source_url: url, ...base };
    const found = factMismatch({ fact, computed: 49, computedBasis: "sample", ok: false }, "error", { row: 2 });
    expect(found).toMatchObject({ code: "fact-mismatch", severity: "error", file: "data/published-facts.csv", row: 2, column: "value", value: "50" });
    expect(messageVi(found)).toBe(
      `Dòng 2, cột "value": Số liệu đã công bố "provinces_trained_practice" đến ngày 31/12/2017 là 50 (nguồn: ${url}), nhưng tính từ các tệp dữ liệu được 49. ` +
        'Đối chiếu lại với nguồn: nếu dòng này chép sai, sửa cột "value"; nếu đúng, sửa các dòng trong participants.csv, courses.csv hoặc sessions.csv cho khớp. Trang không được xuất bản khi hai số còn khác nhau.',
    );
    expect(messageEn(found)).toBe(
      `Row 2, column "value": The published figure "provinces_trained_practice" as of 31/12/2017 is 50 (source: ${url}), but the data files give 49. ` +
        'Check it against the source: if this row was copied wrong, correct its "value"; if it is right, correct the rows of participants.csv, courses.csv or sessions.csv to match. The site is not published while the two differ.',
    );
  });

  it("names the course and a 'more than' comparison, with the display prefix given", () => {
    const fact: PublishedFact = { indicator: "course_trainees", subject: "2018-ADV", as_of: "2018-05-09", comparison: "more_than", value: 30, source_url: url, ...base };
    const found = factMismatch({ fact, computed: 28, computedBasis: "sample", ok: false }, "warning", { displayPrefix: "" });
    expect([found.file, found.severity, found.row]).toEqual(["published-facts.csv", "warning", null]);
    expect(messageVi(found)).toContain(`"course_trainees" của khóa "2018-ADV" đến ngày 09/05/2018 là trên 30`);
    expect(messageEn(found)).toContain(`"course_trainees" for course "2018-ADV" as of 09/05/2018 is more than 30`);
  });
});
