/** Messages for keys, references and rules that compare cells, rows and files. */
import type { Problem, ProblemCode } from "../problem.ts";
import { keySeparator } from "../validate/primary-key.ts";
import { param, quoted, type Entry } from "./entry.ts";

function pairs(p: Problem, empty: string): string {
  const values = param(p, "values").split(keySeparator);
  return param(p, "fields")
    .split(keySeparator)
    .map((field, index) => (values[index] ? `${field} "${values[index]}"` : `${field} ${empty}`))
    .join(", ");
}

function unknownProvinceVi(p: Problem): string {
  if (p.params.suggestion && p.params.by_name) return `${quoted(p)} là tên tỉnh, không phải mã tỉnh. Ghi mã "${param(p, "suggestion")}" (${param(p, "suggestion_vi")}).`;
  if (p.params.suggestion) return `${quoted(p)} không phải mã tỉnh. Mã tỉnh có hai chữ số: ghi "${param(p, "suggestion")}" (${param(p, "suggestion_vi")}).`;
  return `${quoted(p)} không phải mã tỉnh nào trong ${param(p, "reference_file")}. Mã tỉnh có hai chữ số, ví dụ "${param(p, "example")}" (${param(p, "example_vi")}).`;
}

function unknownProvinceEn(p: Problem): string {
  if (p.params.suggestion && p.params.by_name) return `${quoted(p)} is a province name, not a code. Enter the code "${param(p, "suggestion")}" (${param(p, "suggestion_en")}).`;
  if (p.params.suggestion) return `${quoted(p)} is not a province code. Codes have two digits: enter "${param(p, "suggestion")}" (${param(p, "suggestion_en")}).`;
  return `${quoted(p)} is not a province code in ${param(p, "reference_file")}. Codes have two digits, e.g. "${param(p, "example")}" (${param(p, "example_en")}).`;
}

export const ruleEntries = {
  "duplicate-value": {
    vi: (p) => `${quoted(p)} đã có ở dòng ${param(p, "first")}. Mỗi giá trị của cột này chỉ được có một lần: xóa dòng thừa hoặc sửa giá trị.`,
    en: (p) => `${quoted(p)} already appears on row ${param(p, "first")}. Each value in this column may appear only once: delete the extra row or correct the value.`,
  },
  "duplicate-key": {
    at: "none",
    vi: (p) => `Dòng ${p.row} trùng với dòng ${param(p, "first")} (cùng ${pairs(p, "(trống)")}). Mỗi tổ hợp này chỉ được có một dòng: gộp hai dòng hoặc xóa dòng thừa.`,
    en: (p) => `Row ${p.row} repeats row ${param(p, "first")} (same ${pairs(p, "(empty)")}). Only one row is allowed for each such combination: merge the two rows or delete one.`,
  },
  "unknown-reference": {
    vi: (p) => `${quoted(p)} không có trong cột "${param(p, "reference_column")}" của ${param(p, "reference_file")}. Kiểm tra lỗi gõ, hoặc thêm dòng này vào ${param(p, "reference_file")} trước.`,
    en: (p) => `${quoted(p)} is not in column "${param(p, "reference_column")}" of ${param(p, "reference_file")}. Check for a typo, or add it to ${param(p, "reference_file")} first.`,
  },
  "unknown-province": { vi: unknownProvinceVi, en: unknownProvinceEn },
  "missing-source": {
    vi: () => `ô trống, nhưng dòng này có status là "published". Ghi địa chỉ web của nguồn đã công bố (bắt đầu bằng https:// hoặc http://), hoặc đổi status thành "illustrative" nếu chưa có nguồn.`,
    en: () => `the cell is empty, but this row's status is "published". Enter the web address of the published source (starting with https:// or http://), or set status to "illustrative" if there is none.`,
  },
  "end-before-start": {
    vi: (p) => `ngày kết thúc ${quoted(p)} sớm hơn ngày bắt đầu "${param(p, "start")}" (cột "start_date"). Kiểm tra lại hai ngày; ngày ghi theo thứ tự ngày/tháng/năm.`,
    en: (p) => `the end date ${quoted(p)} is before the start date "${param(p, "start")}" (column "start_date"). Check both dates; write them as day/month/year.`,
  },
  "session-outside-course-year": {
    vi: (p) => `${quoted(p)} không thuộc năm ${param(p, "year")} của khóa "${param(p, "course")}". Sửa ngày, hoặc sửa mã khóa ở cột "course_id".`,
    en: (p) => `${quoted(p)} is not in ${param(p, "year")}, the year of course "${param(p, "course")}". Correct the date, or the course id in column "course_id".`,
  },
  "course-id-year-mismatch": {
    vi: (p) => `mã khóa ${quoted(p)} bắt đầu bằng năm ${param(p, "prefix")}, nhưng cột "year" ghi ${param(p, "year")}. Sửa để mã khóa và năm khớp nhau.`,
    en: (p) => `course id ${quoted(p)} starts with ${param(p, "prefix")}, but column "year" says ${param(p, "year")}. Make the id and the year agree.`,
  },
  "course-id-programme-mismatch": {
    vi: (p) =>
      `mã khóa ${quoted(p)} có đuôi ${param(p, "suffix")}, nhưng cột "programme" ghi "${param(p, "programme")}". ` +
      `Khóa cơ bản (basic) dùng đuôi BAS, khóa nâng cao (advanced) dùng đuôi ADV: ở đây phải là ${param(p, "expected")}.`,
    en: (p) =>
      `course id ${quoted(p)} ends in ${param(p, "suffix")}, but column "programme" says "${param(p, "programme")}". ` +
      `Basic courses end in BAS and advanced ones in ADV: here it must be ${param(p, "expected")}.`,
  },
  "trainees-mismatch": {
    vi: (p) =>
      `khóa "${param(p, "course")}" có ${param(p, "trainees")} học viên, nhưng cột "officials" của khóa này trong ${param(p, "participants_file")} cộng lại được ${param(p, "officials")}. ` +
      "Sửa một trong hai tệp để hai số bằng nhau.",
    en: (p) =>
      `course "${param(p, "course")}" has ${param(p, "trainees")} trainees, but the "officials" of this course in ${param(p, "participants_file")} add up to ${param(p, "officials")}. ` +
      "Correct one of the two files so that the numbers agree.",
  },
  "province-count": {
    at: "none",
    vi: (p) => `Tệp có ${param(p, "found")} tỉnh, nhưng phải có đúng ${param(p, "expected")} tỉnh, thành phố (trước ngày 1/7/2025). Thêm tỉnh còn thiếu hoặc xóa dòng thừa.`,
    en: (p) => `The file has ${param(p, "found")} provinces but must have exactly ${param(p, "expected")}, the provinces before 1 July 2025. Add the missing ones or delete the extra rows.`,
  },
  "unit-count": {
    at: "none",
    vi: (p) => `Tệp có ${param(p, "found")} đơn vị, nhưng phải có đúng ${param(p, "expected")} đơn vị hành chính cấp tỉnh (từ ngày 1/7/2025). Thêm đơn vị còn thiếu hoặc xóa dòng thừa.`,
    en: (p) => `The file has ${param(p, "found")} units but must have exactly ${param(p, "expected")}, the provincial units since 1 July 2025. Add the missing ones or delete the extra rows.`,
  },
  "unit-without-province": {
    vi: (p) =>
      `không có tỉnh cũ nào trong ${param(p, "provinces_file")} thuộc đơn vị ${quoted(p)} (${param(p, "name_vi")}). ` +
      `Mỗi đơn vị mới gồm ít nhất một tỉnh cũ: kiểm tra cột "code_2025" của ${param(p, "provinces_file")}.`,
    en: (p) =>
      `no old province in ${param(p, "provinces_file")} belongs to unit ${quoted(p)} (${param(p, "name_en")}). ` +
      `Every new unit is made of at least one old province: check column "code_2025" of ${param(p, "provinces_file")}.`,
  },
} satisfies Partial<Record<ProblemCode, Entry>>;
