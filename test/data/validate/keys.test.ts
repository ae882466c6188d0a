import { describe, expect, it } from "vitest";
import { provinceSuggestion, squashName } from "../../../src/data/validate/province-suggestion.ts";
import { checkWith, inFile, texts } from "../package-with.ts";

describe("primaryKey(table) and unique(table)", () => {
  it("names the row where a repeated key first appears", () => {
    const { problems } = checkWith({ "participants.csv": "participants-duplicate-key.csv" });
    expect(texts(inFile(problems, "data/participants.csv"))).toEqual([
      [
        "duplicate-key",
        'Dòng 7 trùng với dòng 2 (cùng course_id "2018-ADV", province_code "79", organisation "doit"). Mỗi tổ hợp này chỉ được có một dòng: gộp hai dòng hoặc xóa dòng thừa.',
        'Row 7 repeats row 2 (same course_id "2018-ADV", province_code "79", organisation "doit"). Only one row is allowed for each such combination: merge the two rows or delete one.',
      ],
    ]);
  });

  it("reports a repeated one-field key once, not also as a repeated unique value", () => {
    const { problems } = checkWith({ "courses.csv": "courses-duplicate-key.csv" });
    expect(texts(inFile(problems, "data/courses.csv"))).toEqual([
      [
        "duplicate-key",
        'Dòng 5 trùng với dòng 2 (cùng id "2017-ADV"). Mỗi tổ hợp này chỉ được có một dòng: gộp hai dòng hoặc xóa dòng thừa.',
        'Row 5 repeats row 2 (same id "2017-ADV"). Only one row is allowed for each such combination: merge the two rows or delete one.',
      ],
    ]);
  });

  it("refuses a repeated value in a unique column", () => {
    const { problems } = checkWith({ "provinces.csv": "provinces-duplicate-iso.csv" });
    expect(texts(problems)).toEqual([
      [
        "duplicate-value",
        'Dòng 3, cột "iso_3166_2": "VN-HN" đã có ở dòng 2. Mỗi giá trị của cột này chỉ được có một lần: xóa dòng thừa hoặc sửa giá trị.',
        'Row 3, column "iso_3166_2": "VN-HN" already appears on row 2. Each value in this column may appear only once: delete the extra row or correct the value.',
      ],
    ]);
  });
});

describe("foreignKeys(table, tables)", () => {
  it("refuses a course id that courses.csv does not have", () => {
    const { problems } = checkWith({ "participants.csv": "participants-unknown-course.csv" });
    expect(texts(problems)).toEqual([
      [
        "unknown-reference",
        'Dòng 7, cột "course_id": "2019-ADV" không có trong cột "id" của courses.csv. Kiểm tra lỗi gõ, hoặc thêm dòng này vào courses.csv trước.',
        'Row 7, column "course_id": "2019-ADV" is not in column "id" of courses.csv. Check for a typo, or add it to courses.csv first.',
      ],
    ]);
  });

  it("suggests the province code for a one-digit code or a province name", () => {
    const { problems } = checkWith({ "participants.csv": "participants-unknown-province.csv" });
    expect(texts(problems)).toEqual([
      [
        "unknown-province",
        'Dòng 7, cột "province_code": "1" không phải mã tỉnh. Mã tỉnh có hai chữ số: ghi "01" (Hà Nội).',
        'Row 7, column "province_code": "1" is not a province code. Codes have two digits: enter "01" (Ha Noi).',
      ],
      [
        "unknown-province",
        'Dòng 8, cột "province_code": "hà nội" là tên tỉnh, không phải mã tỉnh. Ghi mã "01" (Hà Nội).',
        'Row 8, column "province_code": "hà nội" is a province name, not a code. Enter the code "01" (Ha Noi).',
      ],
      [
        "unknown-province",
        'Dòng 9, cột "province_code": "TP. Hồ Chí Minh" là tên tỉnh, không phải mã tỉnh. Ghi mã "79" (TP. Hồ Chí Minh).',
        'Row 9, column "province_code": "TP. Hồ Chí Minh" is a province name, not a code. Enter the code "79" (Ho Chi Minh City).',
      ],
      [
        "unknown-province",
        'Dòng 10, cột "province_code": "99" không phải mã tỉnh nào trong provinces.csv. Mã tỉnh có hai chữ số, ví dụ "01" (Hà Nội).',
        'Row 10, column "province_code": "99" is not a province code in provinces.csv. Codes have two digits, e.g. "01" (Ha Noi).',
      ],
    ]);
  });

  it("refuses a province whose 2025 unit is not in provinces-2025.csv", () => {
    const { problems } = checkWith({ "provinces-2025.csv": "provinces-2025-missing-cao-bang.csv" });
    expect(texts(problems)).toEqual([
      [
        "unknown-reference",
        'Dòng 4, cột "code_2025": "04" không có trong cột "code" của provinces-2025.csv. Kiểm tra lỗi gõ, hoặc thêm dòng này vào provinces-2025.csv trước.',
        'Row 4, column "code_2025": "04" is not in column "code" of provinces-2025.csv. Check for a typo, or add it to provinces-2025.csv first.',
      ],
      [
        "unit-count",
        "Tệp có 33 đơn vị, nhưng phải có đúng 34 đơn vị hành chính cấp tỉnh (từ ngày 1/7/2025). Thêm đơn vị còn thiếu hoặc xóa dòng thừa.",
        "The file has 33 units but must have exactly 34, the provincial units since 1 July 2025. Add the missing ones or delete the extra rows.",
      ],
    ]);
  });
});

describe("provinceSuggestion(text, provinces)", () => {
  const provinces = [
    { row: 2, raw: {}, values: { code: "01", name_vi: "Hà Nội", name_en: "Ha Noi" } },
    { row: 3, raw: {}, values: { code: "77", name_vi: "Bà Rịa – Vũng Tàu", name_en: "Ba Ria – Vung Tau" } },
    { row: 4, raw: {}, values: { code: "46", name_vi: "Thừa Thiên Huế", name_en: "Thua Thien Hue" } },
  ];

  it("matches names ignoring case, diacritics, spaces and a leading \"TP.\" or \"Tỉnh\"", () => {
    expect(["Ha Noi", "HÀ NỘI", "hanoi", "Thành phố Hà Nội", "Bà Rịa - Vũng Tàu", "Tỉnh Thừa Thiên Huế"].map((text) => provinceSuggestion(text, provinces)?.code)).toEqual([
      "01",
      "01",
      "01",
      "01",
      "77",
      "46",
    ]);
  });

  it("pads a one-digit code and finds nothing for an unknown name", () => {
    expect(provinceSuggestion("1", provinces)).toEqual({ code: "01", name_vi: "Hà Nội", name_en: "Ha Noi" });
    expect(provinceSuggestion("7", provinces)).toBeNull();
    expect(provinceSuggestion("Hà Tây", provinces)).toBeNull();
  });

  it("squashes đ to d", () => {
    expect(squashName("Đà Nẵng")).toBe("danang");
  });
});
