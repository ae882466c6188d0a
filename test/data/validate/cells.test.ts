import { describe, expect, it } from "vitest";
import { checkWith, inFile, texts } from "../package-with.ts";

const officials = {
  vi: "Số cán bộ được tập huấn (người học cả hai đợt chỉ tính một lần)",
  en: "Number of officials trained (one who attends both rounds counts once)",
};

describe("checkCells(resource, table, positions, file, skipPattern)", () => {
  it("refuses integers written with a decimal or thousands separator, or in words", () => {
    const { problems } = checkWith({ "participants.csv": "participants-not-an-integer.csv" });
    expect(texts(problems)).toEqual([
      [
        "not-an-integer",
        'Dòng 7, cột "officials": "12,5" không phải số nguyên. Nhập số nguyên, không có dấu chấm hay dấu phẩy, ví dụ 3.',
        'Row 7, column "officials": "12,5" is not a whole number. Enter a whole number without dots or commas, e.g. 3.',
      ],
      [
        "not-an-integer",
        'Dòng 8, cột "officials": "1.234" không phải số nguyên. Nếu đây là 1234 viết có dấu phân cách hàng nghìn, nhập 1234, không có dấu chấm hay dấu phẩy.',
        'Row 8, column "officials": "1.234" is not a whole number. If this is 1234 with a thousands separator, enter 1234 without dots or commas.',
      ],
      [
        "not-an-integer",
        'Dòng 9, cột "officials": "ba" không phải số nguyên. Nhập số nguyên, không có dấu chấm hay dấu phẩy, ví dụ 3.',
        'Row 9, column "officials": "ba" is not a whole number. Enter a whole number without dots or commas, e.g. 3.',
      ],
    ]);
  });

  it("refuses an empty required cell", () => {
    const { problems } = checkWith({ "participants.csv": "participants-missing-value.csv" });
    expect(texts(problems)).toEqual([
      [
        "missing-value",
        `Dòng 7, cột "officials": ô trống, nhưng cột này bắt buộc phải có giá trị (${officials.vi}).`,
        `Row 7, column "officials": the cell is empty, but this column is required (${officials.en}).`,
      ],
      [
        "missing-value",
        'Dòng 8, cột "organisation": ô trống, nhưng cột này bắt buộc phải có giá trị (Loại cơ quan: doit (Sở Công Thương), promotion_centre (trung tâm khuyến công), cp_centre (trung tâm tiết kiệm năng lượng và sản xuất sạch hơn), consultancy (đơn vị tư vấn), other (khác)).',
        'Row 8, column "organisation": the cell is empty, but this column is required (Organisation type: doit (Department of Industry and Trade), promotion_centre (industrial promotion centre), cp_centre (energy-saving and cleaner-production centre), consultancy, other).',
      ],
    ]);
  });

  it("treats a leading minus on a plain number as a sign and checks the minimum", () => {
    const { problems } = checkWith({ "participants.csv": "participants-below-minimum.csv" });
    expect(texts(problems)).toEqual([
      [
        "below-minimum",
        `Dòng 7, cột "officials": "0" nhỏ hơn giá trị nhỏ nhất cho phép là 1 (${officials.vi}).`,
        `Row 7, column "officials": "0" is below the smallest allowed value, 1 (${officials.en}).`,
      ],
      [
        "below-minimum",
        `Dòng 8, cột "officials": "-1" nhỏ hơn giá trị nhỏ nhất cho phép là 1 (${officials.vi}).`,
        `Row 8, column "officials": "-1" is below the smallest allowed value, 1 (${officials.en}).`,
      ],
    ]);
  });

  it("checks the maximum", () => {
    const { problems } = checkWith({ "sessions.csv": "sessions-above-maximum.csv" });
    expect(texts(problems)).toEqual([
      [
        "above-maximum",
        'Dòng 2, cột "days": "61" lớn hơn giá trị lớn nhất cho phép là 60 (Số ngày học trên lớp).',
        'Row 2, column "days": "61" is above the largest allowed value, 60 (Days in class).',
      ],
      [
        "above-maximum",
        'Dòng 4, cột "round": "10" lớn hơn giá trị lớn nhất cho phép là 9 (Đợt: 1, 2, …).',
        'Row 4, column "round": "10" is above the largest allowed value, 9 (Round: 1, 2, …).',
      ],
    ]);
  });

  it("refuses cells a spreadsheet would run as formulas", () => {
    const { problems } = checkWith({ "participants.csv": "participants-formula-like.csv" });
    const formula = (row: number, column: string, value: string, first: string): [string, string, string] => [
      "formula-like",
      `Dòng ${row}, cột "${column}": "${value}" bắt đầu bằng dấu "${first}", bảng tính có thể coi là công thức. Bỏ dấu "${first}" ở đầu ô, hoặc viết lại để ô bắt đầu bằng chữ hay số.`,
      `Row ${row}, column "${column}": "${value}" starts with "${first}", which a spreadsheet may run as a formula. Remove the leading "${first}", or reword the cell so that it starts with a letter or a digit.`,
    ];
    expect(texts(problems)).toEqual([
      formula(7, "officials", "=2+1", "="),
      formula(8, "source_url", "@example.com", "@"),
      formula(9, "organisation", "-doit", "-"),
    ]);
  });

  it("lists the allowed values, and the code meant when only case differs or its name was typed", () => {
    const { problems } = checkWith({ "courses.csv": "courses-not-in-enum.csv" });
    expect(texts(problems)).toEqual([
      [
        "not-in-enum",
        'Dòng 3, cột "programme": "Advanced" không phải giá trị được phép. Hãy ghi đúng "advanced" (phân biệt chữ hoa, chữ thường). Các giá trị được phép: basic, advanced.',
        'Row 3, column "programme": "Advanced" is not an allowed value. Write "advanced" exactly (upper and lower case matter). Allowed values: basic, advanced.',
      ],
      [
        "enum-label",
        'Dòng 4, cột "programme": "cơ bản" là tên gọi, không phải mã. Hãy ghi mã "basic". Các mã được phép: basic, advanced.',
        'Row 4, column "programme": "cơ bản" is a name, not a code. Write the code "basic". Allowed codes: basic, advanced.',
      ],
      [
        "not-in-enum",
        'Dòng 5, cột "programme": "assessment" không phải giá trị được phép. Các giá trị được phép: basic, advanced.',
        'Row 5, column "programme": "assessment" is not an allowed value. Allowed values: basic, advanced.',
      ],
    ]);
  });

  it("explains a pattern with the column's description from the descriptor", () => {
    const { problems } = checkWith({ "courses.csv": "courses-pattern-mismatch.csv" });
    expect(texts(inFile(problems, "data/courses.csv"))).toEqual([
      [
        "pattern-mismatch",
        'Dòng 5, cột "id": "2016-adv" không đúng dạng của cột này (Mã khóa: năm, gạch nối, BAS (cơ bản) hoặc ADV (nâng cao), ví dụ 2018-ADV).',
        'Row 5, column "id": "2016-adv" is not in the form this column expects (Course id: year, hyphen, BAS (basic) or ADV (advanced), e.g. 2018-ADV).',
      ],
    ]);
  });

  it("refuses impossible dates and text that is not a date", () => {
    const { problems } = checkWith({ "sessions.csv": "sessions-impossible-date.csv" });
    expect(texts(problems)).toEqual([
      [
        "impossible-date",
        'Dòng 3, cột "start_date": "31/02/2018" không phải ngày có thật: tháng 2/2018 không có ngày 31. Kiểm tra lại ngày và tháng (thứ tự ngày/tháng/năm).',
        'Row 3, column "start_date": "31/02/2018" is not a real date: month 2 of 2018 has no day 31. Check the day and the month (the order is day/month/year).',
      ],
      [
        "impossible-date",
        'Dòng 4, cột "start_date": "13/2017" không phải ngày có thật: không có tháng 13. Ngày ghi theo thứ tự ngày/tháng/năm, ví dụ 09/05/2018.',
        'Row 4, column "start_date": "13/2017" is not a real date: there is no month 13. Write dates as day/month/year, e.g. 09/05/2018.',
      ],
      [
        "not-a-date",
        'Dòng 4, cột "end_date": "tháng 7" không phải ngày. Ghi theo dạng ngày/tháng/năm, ví dụ 09/05/2018, hoặc năm-tháng-ngày, ví dụ 2018-05-09. Nếu chỉ biết tháng, ghi 10/2018 hoặc 2018-10; nếu chỉ biết năm, ghi 2017.',
        'Row 4, column "end_date": "tháng 7" is not a date. Write it as day/month/year, e.g. 09/05/2018, or year-month-day, e.g. 2018-05-09. If only the month is known, write 10/2018 or 2018-10; if only the year, 2017.',
      ],
    ]);
  });

  it("numbers rows after a `sep=` line as Excel shows them, the sep= line hidden", () => {
    const { problems } = checkWith({ "sessions.csv": "sessions-sep-line-impossible-date.csv" });
    expect(problems.map((item) => [item.code, item.row, item.column, item.value])).toEqual([
      ["impossible-date", 3, "start_date", "31/02/2018"],
    ]);
  });

  it("needs a full date in fields of type date", () => {
    const { problems } = checkWith({ "published-facts.csv": "published-facts-not-a-full-date.csv" });
    expect(texts(problems)).toEqual([
      [
        "not-a-full-date",
        'Dòng 2, cột "as_of": "2017-12" chỉ có tháng và năm; cột này cần ngày đầy đủ, ví dụ 09/05/2018 hoặc 2018-05-09.',
        'Row 2, column "as_of": "2017-12" has only a month and a year; this column needs a full date, e.g. 09/05/2018 or 2018-05-09.',
      ],
      [
        "not-a-full-date",
        'Dòng 3, cột "as_of": "05/2018" chỉ có tháng và năm; cột này cần ngày đầy đủ, ví dụ 09/05/2018 hoặc 2018-05-09.',
        'Row 3, column "as_of": "05/2018" has only a month and a year; this column needs a full date, e.g. 09/05/2018 or 2018-05-09.',
      ],
      [
        "not-a-full-date",
        'Dòng 4, cột "as_of": "2018" chỉ có năm; cột này cần ngày đầy đủ, ví dụ 09/05/2018 hoặc 2018-05-09.',
        'Row 4, column "as_of": "2018" has only a year; this column needs a full date, e.g. 09/05/2018 or 2018-05-09.',
      ],
    ]);
  });

  it("refuses a number with a unit or a % sign, and reads a decimal comma", () => {
    const { problems } = checkWith({ "targets.csv": "targets-not-a-number.csv" });
    expect(texts(problems)).toEqual([
      [
        "not-a-number",
        'Dòng 2, cột "target_percent": "70%" không phải số. Nhập số, phần thập phân ngăn bằng dấu phẩy hoặc dấu chấm, ví dụ 70 hoặc 12,5; không ghi đơn vị hay dấu %.',
        'Row 2, column "target_percent": "70%" is not a number. Enter a number, with a comma or a dot before any decimals, e.g. 70 or 12.5; no units and no % sign.',
      ],
    ]);
  });
});
