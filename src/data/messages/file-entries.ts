/** Messages for files that cannot be read and for the header row. */
import type { ProblemCode } from "../problem.ts";
import { param, type Entry } from "./entry.ts";

export const fileEntries = {
  "missing-file": {
    at: "none",
    vi: (p) => `Không tìm thấy tệp "${param(p, "path")}". Đặt tệp vào thư mục dữ liệu với đúng tên này (chữ thường, đuôi .csv).`,
    en: (p) => `The file "${param(p, "path")}" was not found. Put it in the data folder under exactly this name (lower case, ending in .csv).`,
  },
  "not-utf8": {
    at: "none",
    vi: (p) =>
      `Tệp không được lưu dạng UTF-8 nên chữ có dấu bị hỏng (chữ lỗi đầu tiên ở dòng ${p.row}). ` +
      `Trong Excel, chọn File > Save As (Tệp > Lưu thành), chọn kiểu "CSV UTF-8 (Comma delimited) (*.csv)" rồi lưu lại. Các kiểm tra khác của tệp này chưa chạy.`,
    en: (p) =>
      `The file is not saved as UTF-8, so accented letters are garbled (the first bad character is on row ${p.row}). ` +
      `In Excel choose File > Save As, pick "CSV UTF-8 (Comma delimited) (*.csv)" and save again. The file's other checks did not run.`,
  },
  "empty-file": {
    at: "none",
    vi: () => "Tệp trống. Tệp cần có dòng tiêu đề (tên các cột) và ít nhất một dòng số liệu.",
    en: () => "The file is empty. It needs a header row (the column names) and at least one row of data.",
  },
  "no-rows": {
    at: "none",
    vi: (p) => `Tệp chỉ có dòng tiêu đề, chưa có dòng số liệu nào. Nhập số liệu từ dòng ${(p.row ?? 1) + 1} trở đi.`,
    en: (p) => `The file has a header row but no data. Enter the data from row ${(p.row ?? 1) + 1} on.`,
  },
  "unmatched-quote": {
    at: "row",
    vi: () => `Dấu ngoặc kép (") không khớp: một ô mở ngoặc kép mà không đóng ngay sau nội dung của ô, nên phần sau của tệp không đọc đúng được. Thêm dấu " còn thiếu ở cuối ô, hoặc xóa dấu thừa.`,
    en: () => `Unmatched double quote ("): a cell opens a quote that is not closed right after its content, so the rest of the file cannot be read correctly. Add the missing " at the end of the cell, or delete the stray one.`,
  },
  "wrong-cell-count": {
    at: "row",
    vi: (p) =>
      `Có ${param(p, "found")} ô nhưng dòng tiêu đề có ${param(p, "expected")} cột. ` +
      "Kiểm tra dấu phẩy hoặc dấu chấm phẩy thừa hay thiếu; ô có chứa dấu phân cách phải đặt trong ngoặc kép.",
    en: (p) =>
      `${param(p, "found")} cells, but the header row has ${param(p, "expected")} columns. ` +
      "Look for a missing or extra comma or semicolon; a cell that contains one must be in double quotes.",
  },
  "missing-column": {
    at: "row",
    vi: (p) => `Thiếu cột "${p.column}" (${param(p, "description_vi")}). Thêm cột này vào dòng tiêu đề, viết đúng tên "${p.column}".`,
    en: (p) => `Column "${p.column}" (${param(p, "description_en")}) is missing. Add it to the header row, spelled exactly "${p.column}".`,
  },
  "missing-optional-column": {
    at: "row",
    vi: (p) => `Không có cột "${p.column}" (${param(p, "description_vi")}). Cột này không bắt buộc; mọi ô của cột được coi là trống.`,
    en: (p) => `There is no column "${p.column}" (${param(p, "description_en")}). It is optional, so all its cells count as empty.`,
  },
  "unknown-column": {
    at: "row",
    vi: (p) =>
      p.column === ""
        ? `Cột ${param(p, "letter")} không có tên nên bị bỏ qua. Nếu cột có số liệu, ghi tên cột ở dòng tiêu đề; nếu không, xóa cột.`
        : `Cột "${p.column}" (cột ${param(p, "letter")}) không có trong mô tả dữ liệu (datapackage.json) nên bị bỏ qua. ` +
          (p.params.suggestion ? `Nếu đó là cột "${param(p, "suggestion")}", sửa tên cho đúng.` : `Các cột được dùng: ${param(p, "expected")}.`),
    en: (p) =>
      p.column === ""
        ? `Column ${param(p, "letter")} has no name, so it is ignored. If it holds data, name it in the header row; if not, delete it.`
        : `Column "${p.column}" (column ${param(p, "letter")}) is not in the data description (datapackage.json), so it is ignored. ` +
          (p.params.suggestion ? `If it is column "${param(p, "suggestion")}", correct its name.` : `The columns used are: ${param(p, "expected")}.`),
  },
  "duplicate-column": {
    at: "row",
    vi: (p) => `Cột "${p.column}" có hai lần (cột ${param(p, "first")} và cột ${param(p, "second")} của bảng tính). Xóa hoặc đổi tên một cột.`,
    en: (p) => `Column "${p.column}" appears twice (spreadsheet columns ${param(p, "first")} and ${param(p, "second")}). Delete or rename one of them.`,
  },
} satisfies Partial<Record<ProblemCode, Entry>>;
