/** Messages for single cells: spaces, formulas, empty cells, types and constraints. */
import type { Problem, ProblemCode } from "../problem.ts";
import { param, quoted, type Entry } from "./entry.ts";

const partialVi = " Nếu chỉ biết tháng, ghi 10/2018 hoặc 2018-10; nếu chỉ biết năm, ghi 2017.";
const partialEn = " If only the month is known, write 10/2018 or 2018-10; if only the year, 2017.";

/** The cell holds a year alone, "2017". */
const yearOnly = (p: Problem) => /^\d{4}$/.test(String(p.value ?? "").trim());

export const cellEntries = {
  "trimmed-spaces": {
    vi: (p) =>
      `${quoted(p)} có khoảng trắng thừa ở đầu hoặc cuối ô; đã tự bỏ khi đọc.` +
      (p.params.others ? ` Cột này còn ${param(p, "others")} ô khác như vậy.` : "") +
      " Nên xóa khoảng trắng đó trong tệp.",
    en: (p) =>
      `${quoted(p)} has extra spaces at the start or end; they were removed when reading.` +
      (p.params.others === 1 ? " 1 more cell in this column is like this." : "") +
      (Number(p.params.others) > 1 ? ` ${param(p, "others")} more cells in this column are like this.` : "") +
      " Better remove them in the file.",
  },
  "formula-like": {
    vi: (p) =>
      `${quoted(p)} bắt đầu bằng dấu "${param(p, "first")}", bảng tính có thể coi là công thức. ` +
      `Bỏ dấu "${param(p, "first")}" ở đầu ô, hoặc viết lại để ô bắt đầu bằng chữ hay số.`,
    en: (p) =>
      `${quoted(p)} starts with "${param(p, "first")}", which a spreadsheet may run as a formula. ` +
      `Remove the leading "${param(p, "first")}", or reword the cell so that it starts with a letter or a digit.`,
  },
  "missing-value": {
    vi: (p) => `ô trống, nhưng cột này bắt buộc phải có giá trị (${param(p, "description_vi")}).`,
    en: (p) => `the cell is empty, but this column is required (${param(p, "description_en")}).`,
  },
  "not-an-integer": {
    vi: (p) =>
      `${quoted(p)} không phải số nguyên. ` +
      (p.params.withoutSeparators
        ? `Nếu đây là ${param(p, "withoutSeparators")} viết có dấu phân cách hàng nghìn, nhập ${param(p, "withoutSeparators")}, không có dấu chấm hay dấu phẩy.`
        : `Nhập số nguyên, không có dấu chấm hay dấu phẩy, ví dụ ${param(p, "example")}.`),
    en: (p) =>
      `${quoted(p)} is not a whole number. ` +
      (p.params.withoutSeparators
        ? `If this is ${param(p, "withoutSeparators")} with a thousands separator, enter ${param(p, "withoutSeparators")} without dots or commas.`
        : `Enter a whole number without dots or commas, e.g. ${param(p, "example")}.`),
  },
  "not-a-number": {
    vi: (p) => `${quoted(p)} không phải số. Nhập số, phần thập phân ngăn bằng dấu phẩy hoặc dấu chấm, ví dụ 70 hoặc 12,5; không ghi đơn vị hay dấu %.`,
    en: (p) => `${quoted(p)} is not a number. Enter a number, with a comma or a dot before any decimals, e.g. 70 or 12.5; no units and no % sign.`,
  },
  "not-a-date": {
    vi: (p) =>
      `${quoted(p)} không phải ngày. Ghi theo dạng ngày/tháng/năm, ví dụ 09/05/2018, hoặc năm-tháng-ngày, ví dụ 2018-05-09.` +
      (p.params.partial ? partialVi : ""),
    en: (p) =>
      `${quoted(p)} is not a date. Write it as day/month/year, e.g. 09/05/2018, or year-month-day, e.g. 2018-05-09.` +
      (p.params.partial ? partialEn : ""),
  },
  "impossible-date": {
    vi: (p) =>
      p.params.day === null || Number(p.params.month) > 12 || Number(p.params.month) < 1
        ? `${quoted(p)} không phải ngày có thật: không có tháng ${param(p, "month")}. Ngày ghi theo thứ tự ngày/tháng/năm, ví dụ 09/05/2018.`
        : `${quoted(p)} không phải ngày có thật: tháng ${param(p, "month")}/${param(p, "year")} không có ngày ${param(p, "day")}. Kiểm tra lại ngày và tháng (thứ tự ngày/tháng/năm).`,
    en: (p) =>
      p.params.day === null || Number(p.params.month) > 12 || Number(p.params.month) < 1
        ? `${quoted(p)} is not a real date: there is no month ${param(p, "month")}. Write dates as day/month/year, e.g. 09/05/2018.`
        : `${quoted(p)} is not a real date: month ${param(p, "month")} of ${param(p, "year")} has no day ${param(p, "day")}. Check the day and the month (the order is day/month/year).`,
  },
  "not-a-full-date": {
    vi: (p) => `${quoted(p)} ${yearOnly(p) ? "chỉ có năm" : "chỉ có tháng và năm"}; cột này cần ngày đầy đủ, ví dụ 09/05/2018 hoặc 2018-05-09.`,
    en: (p) => `${quoted(p)} has only ${yearOnly(p) ? "a year" : "a month and a year"}; this column needs a full date, e.g. 09/05/2018 or 2018-05-09.`,
  },
  "not-in-enum": {
    vi: (p) =>
      `${quoted(p)} không phải giá trị được phép. ` +
      (p.params.suggestion ? `Hãy ghi đúng "${param(p, "suggestion")}" (phân biệt chữ hoa, chữ thường). ` : "") +
      `Các giá trị được phép: ${param(p, "allowed")}.`,
    en: (p) =>
      `${quoted(p)} is not an allowed value. ` +
      (p.params.suggestion ? `Write "${param(p, "suggestion")}" exactly (upper and lower case matter). ` : "") +
      `Allowed values: ${param(p, "allowed")}.`,
  },
  "enum-label": {
    vi: (p) => `${quoted(p)} là tên gọi, không phải mã. Hãy ghi mã "${param(p, "suggestion")}". Các mã được phép: ${param(p, "allowed")}.`,
    en: (p) => `${quoted(p)} is a name, not a code. Write the code "${param(p, "suggestion")}". Allowed codes: ${param(p, "allowed")}.`,
  },
  "pattern-mismatch": {
    vi: (p) => `${quoted(p)} không đúng dạng của cột này (${param(p, "description_vi")}).`,
    en: (p) => `${quoted(p)} is not in the form this column expects (${param(p, "description_en")}).`,
  },
  "below-minimum": {
    vi: (p) => `${quoted(p)} nhỏ hơn giá trị nhỏ nhất cho phép là ${param(p, "minimum")} (${param(p, "description_vi")}).`,
    en: (p) => `${quoted(p)} is below the smallest allowed value, ${param(p, "minimum")} (${param(p, "description_en")}).`,
  },
  "above-maximum": {
    vi: (p) => `${quoted(p)} lớn hơn giá trị lớn nhất cho phép là ${param(p, "maximum")} (${param(p, "description_vi")}).`,
    en: (p) => `${quoted(p)} is above the largest allowed value, ${param(p, "maximum")} (${param(p, "description_en")}).`,
  },
} satisfies Partial<Record<ProblemCode, Entry>>;
