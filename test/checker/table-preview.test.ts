import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPackage } from "../../src/pipeline/index.ts";
import { tablePreview } from "../../src/checker/index.ts";
import { dataFiles, descriptor } from "./support.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url)));

describe("tablePreview(bytes, file, problems)", () => {
  it("shows the rows the problems name with the cells at fault marked", () => {
    const bytes = fixture("participants-unknown-province.csv");
    const { problems } = checkPackage(descriptor, { ...dataFiles(), "participants.csv": bytes });
    const preview = tablePreview(bytes, "data/participants.csv", problems)!;
    const mine = problems.filter((p) => p.file === "data/participants.csv");
    expect(preview.rows.map((r) => r.row)).toEqual([...new Set(mine.map((p) => p.row))]);
    const column = preview.header.cells.indexOf("province_code");
    for (const row of preview.rows) expect(row.bad).toContain(column);
    expect(preview.rows[0]?.cells[column]).toBe(mine[0]?.value);
  });

  it("marks a row with the wrong number of cells as a whole, and the header for a missing column", () => {
    for (const [name, row] of [["courses-wrong-cell-count.csv", null], ["courses-missing-column.csv", 1]] as const) {
      const bytes = fixture(name);
      const { problems } = checkPackage(descriptor, { ...dataFiles(), "courses.csv": bytes });
      const preview = tablePreview(bytes, "data/courses.csv", problems)!;
      const marked = [preview.header, ...preview.rows].filter((r) => r.badRow).map((r) => r.row);
      expect(marked).toEqual(row === null ? problems.filter((p) => p.code === "wrong-cell-count").map((p) => p.row) : [row]);
    }
  });

  it("shows the first rows of a file without problems, and counts its rows", () => {
    const bytes = dataFiles()["participants.csv"]!;
    const preview = tablePreview(bytes, "data/participants.csv", [])!;
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    expect(preview.total).toBe(new TextDecoder().decode(bytes).trim().split("\n").length - 1);
  });

  it("has nothing to show for a file that is not UTF-8", () => {
    expect(tablePreview(fixture("courses-not-utf8.csv"), "data/courses.csv", [])).toBeNull();
  });
});
