import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templateWorkbook } from "../../src/checker/template/index.ts";
import { buildDownloads, packageStem } from "../../src/downloads/build-downloads.ts";
import { type DataPackageDescriptor } from "../../src/downloads/types.ts";
import { siteData } from "../../src/site/site-data.ts";
import { dataFiles, descriptor, passing } from "../checker/support.ts";
import { root, runScript } from "./cli-run.ts";

/** The SHA-256 of every file in a folder (not in its subfolders). */
const fingerprint = (dir: string) =>
  Object.fromEntries(readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isFile()).map((f) => [f, createHash("sha256").update(readFileSync(path.join(dir, f))).digest("hex")]));

describe("npm run import -- workbook.xlsx --data folder", () => {
  const work = mkdtempSync(path.join(tmpdir(), "moit-import-"));
  const exported = path.join(work, "exported.xlsx");
  const broken = path.join(work, "broken.xlsx");
  beforeAll(async () => {
    const checked = passing(dataFiles());
    const site = siteData(checked.dataset, checked.aggregates, descriptor as DataPackageDescriptor, "https://sxsh.example.vn");
    const files = await buildDownloads(site, descriptor as DataPackageDescriptor);
    writeFileSync(exported, files.find((f) => f.path === `/files/${packageStem(descriptor as DataPackageDescriptor)}.xlsx`)!.bytes);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await templateWorkbook(descriptor, checked.dataset, { version: "0.1.0", date: "2026-11-28", checkerUrl: "/" })) as never);
    book.getWorksheet("participants")!.getCell("B5").value = 1;
    writeFileSync(broken, new Uint8Array(await book.xlsx.writeBuffer()));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const freshData = (name: string) => {
    const dir = path.join(work, name);
    cpSync(path.join(root, "data"), dir, { recursive: true });
    return dir;
  };

  it("turns the site's exported workbook back into CSV files identical to data/", () => {
    const data = freshData("round-trip");
    for (const r of descriptor.resources) writeFileSync(path.join(data, r.path), "");
    const run = runScript("scripts/import.ts", [exported, "--data", data, "--report", path.join(work, "r.html")]);
    expect(run.status, run.out).toBe(0);
    expect(fingerprint(data)).toEqual(fingerprint(path.join(root, "data")));
    expect(run.stdout).toContain("Sheets not used: Giới thiệu - README");
  });

  it("writes nothing when the workbook has an error, and names the sheet, row and column", () => {
    const data = freshData("refused");
    const before = fingerprint(data);
    const run = runScript("scripts/import.ts", [broken, "--data", data, "--report", path.join(work, "r.html")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('broken.xlsx › participants: 1 lỗi / 1 problem');
    expect(run.stderr).toContain('Row 5, column "province_code": "1" is not a province code.');
    expect(run.stderr).toContain(`Nothing was published. Fix the file, save it as "Excel Workbook (.xlsx)", then run: npm run import -- ${broken}`);
    expect(run.stderr).toContain("No file was written.");
    expect(fingerprint(data)).toEqual(before);
  });

  it("refuses a file that is not a workbook", () => {
    const run = runScript("scripts/import.ts", [path.join(root, "data/courses.csv"), "--data", freshData("not-xlsx")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"courses.csv" is not an Excel workbook (.xlsx).');
  });
});
