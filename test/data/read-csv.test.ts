import { describe, expect, it } from "vitest";
import { messageEn, messageVi } from "../../src/data/messages/message.ts";
import { readCsv } from "../../src/data/read-csv.ts";
import { checkWith, fixture, inFile, texts } from "./package-with.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readCsv(bytes, file)", () => {
  it("parses header and rows, numbering rows as a spreadsheet does", () => {
    const { table, problems } = readCsv(utf8("a,b\r\n1,2\r\n3,\"x, y\"\r\n"), "t.csv");
    expect(problems).toEqual([]);
    expect(table).toEqual({
      header: ["a", "b"],
      headerRow: 1,
      delimiter: ",",
      rows: [
        { row: 2, cells: ["1", "2"] },
        { row: 3, cells: ["3", "x, y"] },
      ],
    });
  });

  it("detects semicolons from the header line and strips the BOM", () => {
    const { table } = readCsv(utf8("\uFEFFa;b\n1,5;2\n"));
    expect(table?.header).toEqual(["a", "b"]);
    expect(table?.rows).toEqual([{ row: 2, cells: ["1,5", "2"] }]);
  });

  it("numbers rows as Excel shows them after a `sep=` line, which Excel hides: the header is row 1", () => {
    const { table } = readCsv(utf8("sep=;\r\na;b\r\n1;2\r\n"));
    expect(table?.headerRow).toBe(1);
    expect(table?.rows).toEqual([{ row: 2, cells: ["1", "2"] }]);
  });

  it("keeps row numbers right after a blank row in the middle", () => {
    const { table } = readCsv(utf8("a,b\n1,2\n,\n3,4\n"));
    expect(table?.rows.map((row) => row.row)).toEqual([2, 4]);
  });

  it("accepts the blank trailing cells Excel writes when the header has them too", () => {
    const { table, problems } = readCsv(utf8("a,b,,\n1,2,,\n"));
    expect(problems).toEqual([]);
    expect(table?.header).toEqual(["a", "b"]);
    expect(table?.rows).toEqual([{ row: 2, cells: ["1", "2"] }]);
  });

  it("refuses Windows-1258 bytes (Excel's plain \"CSV\") and names the first bad row", () => {
    const { table, problems } = readCsv(fixture("courses-not-utf8.csv"), "data/courses.csv");
    expect(table).toBeNull();
    expect(problems.map((item) => [item.code, item.row, messageVi(item), messageEn(item)])).toEqual([
      [
        "not-utf8",
        2,
        'Tệp không được lưu dạng UTF-8 nên chữ có dấu bị hỏng (chữ lỗi đầu tiên ở dòng 2). Trong Excel, chọn File > Save As (Tệp > Lưu thành), chọn kiểu "CSV UTF-8 (Comma delimited) (*.csv)" rồi lưu lại. Các kiểm tra khác của tệp này chưa chạy.',
        'The file is not saved as UTF-8, so accented letters are garbled (the first bad character is on row 2). In Excel choose File > Save As, pick "CSV UTF-8 (Comma delimited) (*.csv)" and save again. The file\'s other checks did not run.',
      ],
    ]);
  });

  it("explains an empty file", () => {
    const { problems } = checkWith({ "courses.csv": "courses-empty.csv" });
    expect(texts(inFile(problems, "data/courses.csv"))).toEqual([
      [
        "empty-file",
        "Tệp trống. Tệp cần có dòng tiêu đề (tên các cột) và ít nhất một dòng số liệu.",
        "The file is empty. It needs a header row (the column names) and at least one row of data.",
      ],
    ]);
  });

  it("explains a file with only a header", () => {
    const { problems } = checkWith({ "courses.csv": "courses-header-only.csv" });
    expect(texts(inFile(problems, "data/courses.csv"))).toEqual([
      [
        "no-rows",
        "Tệp chỉ có dòng tiêu đề, chưa có dòng số liệu nào. Nhập số liệu từ dòng 2 trở đi.",
        "The file has a header row but no data. Enter the data from row 2 on.",
      ],
    ]);
  });

  it("explains rows with too many or too few cells", () => {
    const { problems } = checkWith({ "courses.csv": "courses-wrong-cell-count.csv" });
    const hint = {
      vi: "Kiểm tra dấu phẩy hoặc dấu chấm phẩy thừa hay thiếu; ô có chứa dấu phân cách phải đặt trong ngoặc kép.",
      en: "Look for a missing or extra comma or semicolon; a cell that contains one must be in double quotes.",
    };
    expect(texts(inFile(problems, "data/courses.csv"))).toEqual([
      ["wrong-cell-count", `Dòng 3: Có 10 ô nhưng dòng tiêu đề có 9 cột. ${hint.vi}`, `Row 3: 10 cells, but the header row has 9 columns. ${hint.en}`],
      ["wrong-cell-count", `Dòng 5: Có 3 ô nhưng dòng tiêu đề có 9 cột. ${hint.vi}`, `Row 5: 3 cells, but the header row has 9 columns. ${hint.en}`],
    ]);
  });

  it("explains a double quote that is not closed where the cell ends", () => {
    const { problems } = checkWith({ "courses.csv": "courses-unmatched-quote.csv" });
    expect(texts(inFile(problems, "data/courses.csv"))).toEqual([
      [
        "unmatched-quote",
        'Dòng 3: Dấu ngoặc kép (") không khớp: một ô mở ngoặc kép mà không đóng ngay sau nội dung của ô, nên phần sau của tệp không đọc đúng được. Thêm dấu " còn thiếu ở cuối ô, hoặc xóa dấu thừa.',
        'Row 3: Unmatched double quote ("): a cell opens a quote that is not closed right after its content, so the rest of the file cannot be read correctly. Add the missing " at the end of the cell, or delete the stray one.',
      ],
    ]);
  });
});
