import { describe, expect, it } from "vitest";
import { problem } from "../../src/data/problem.ts";
import { assembleFiles, relabel, resourcePathOf, workbookFiles } from "../../src/checker/index.ts";
import { dataFiles, descriptor } from "./support.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("resourcePathOf(descriptor, name)", () => {
  it("knows a data file by its name in any case, with a folder, or with the copy number a browser adds", () => {
    expect(resourcePathOf(descriptor, "participants.csv")).toBe("participants.csv");
    expect(resourcePathOf(descriptor, "Downloads/Participants (2).CSV")).toBe("participants.csv");
    expect(resourcePathOf(descriptor, "participants.xlsx")).toBeNull();
    expect(resourcePathOf(descriptor, "coverage-by-year.csv")).toBeNull();
  });
});

describe("assembleFiles(descriptor, given, fallback)", () => {
  const published = dataFiles();

  it("takes a given file over a workbook's sheet, a sheet over the published file, and names unknown files", () => {
    const workbook = workbookFiles(descriptor, [{ sheet: "courses", data: [["id"]] }, { sheet: "participants", data: [["course_id"]] }]);
    const given = { csv: [{ name: "participants.csv", bytes: bytes("x") }, { name: "notes.txt", bytes: bytes("y") }], workbook: { name: "so-lieu.xlsx", files: workbook } };
    const out = assembleFiles(descriptor, given, published);
    expect(new TextDecoder().decode(out.files["participants.csv"])).toBe("x");
    expect(new TextDecoder().decode(out.files["courses.csv"])).toBe("id\n");
    expect(out.files["provinces.csv"]).toBe(published["provinces.csv"]);
    expect(out.origins.find((o) => o.path === "courses.csv")).toEqual({ path: "courses.csv", origin: "sheet", name: "so-lieu.xlsx › courses" });
    expect(out.origins.find((o) => o.path === "participants.csv")?.origin).toBe("file");
    expect(out.origins.find((o) => o.path === "targets.csv")?.origin).toBe("published");
    expect(out.labels).toEqual({ "data/courses.csv": "so-lieu.xlsx › courses" });
    expect(out.unknown).toEqual(["notes.txt"]);
  });

  it("marks a file as missing when neither the official nor the published site has it", () => {
    const out = assembleFiles(descriptor, { csv: [] }, {});
    expect(out.origins.every((o) => o.origin === "missing")).toBe(true);
    expect(out.files).toEqual({});
  });
});

describe("relabel(problems, labels)", () => {
  it("names a problem's file as the sheet the official edited", () => {
    const p = problem("missing-value", "error", "data/courses.csv", { row: 3, column: "id" });
    expect(relabel([p], { "data/courses.csv": "a.xlsx › courses" })[0]?.file).toBe("a.xlsx › courses");
  });
});
