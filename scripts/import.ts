/**
 * npm run import -- workbook.xlsx [--data folder]: reads a workbook (the template of /files/, or the
 * site's exported workbook), checks it with the same rules as `npm run check`, and only when it passes
 * writes the sheets it holds as the CSV files of the data folder (UTF-8, LF, columns as in datapackage.json).
 * A table without a sheet keeps its file. Nothing is written when there is any error.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  againstLabel, assembleFiles, workbookReportOptions, changeSummary, dataResources, datasetCsvFiles, formatChanges, looksLikeWorkbook, readWorkbook, relabel, workbookFiles,
} from "../src/checker/index.ts";
import { formatReport, type PackageDescriptor } from "../src/data/index.ts";
import { checkPackage } from "../src/pipeline/index.ts";
import { displayPrefixOf } from "./lib/cli.ts";
import { readDataFolder } from "./lib/read-data.ts";
import { reportPath, writeValidationReport } from "./lib/report-file.ts";

function fail(vi: string, en: string): never {
  console.error(`${vi}\n${en}\n\nChưa ghi tệp nào. / No file was written.`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { data: { type: "string" }, report: { type: "string" } } });
const workbookPath = positionals[0];
if (!workbookPath) fail("Dùng: npm run import -- sổ-tính.xlsx [--data thư-mục]", "Usage: npm run import -- workbook.xlsx [--data folder]");
const dataDir = values.data ?? process.env.MOIT_DATA ?? "data";
const name = path.basename(workbookPath);

const bytes = new Uint8Array(await readFile(workbookPath).catch(() => fail(`Không mở được tệp "${workbookPath}".`, `The file "${workbookPath}" could not be opened.`)));
if (!looksLikeWorkbook(bytes)) fail(`"${name}" không phải sổ tính Excel (.xlsx). Trong Excel, chọn File › Save As › Excel Workbook (*.xlsx).`, `"${name}" is not an Excel workbook (.xlsx). In Excel, use File › Save As › Excel Workbook (*.xlsx).`);
const sheets = await readWorkbook(bytes).catch((error: Error) => fail(`Không đọc được sổ tính "${name}": ${error.message}`, `The workbook "${name}" could not be read: ${error.message}`));

const folder = await readDataFolder(dataDir).catch((error: Error) => fail(`Không đọc được thư mục dữ liệu "${dataDir}": ${error.message}`, `The data folder "${dataDir}" could not be read: ${error.message}`));
const descriptor = dataResources(folder.descriptor as PackageDescriptor);
const prefix = displayPrefixOf(dataDir);
const fromSheets = workbookFiles(descriptor, sheets);
const used = new Set(Object.values(fromSheets.sheets));
const unused = sheets.map((s) => s.sheet).filter((sheet) => !used.has(sheet));
if (used.size === 0) fail(`Sổ tính "${name}" không có trang tính nào mang tên một bảng dữ liệu (${descriptor.resources.map((r) => r.name).join(", ")}).`, `The workbook "${name}" has no sheet named after a data table (${descriptor.resources.map((r) => r.name).join(", ")}).`);
if (unused.length) console.log(`Không dùng các trang tính / Sheets not used: ${unused.join(", ")}\n`);

const assembled = assembleFiles(descriptor, { csv: [], workbook: { name, files: fromSheets } }, folder.files, prefix);
const result = checkPackage(descriptor, assembled.files, { displayPrefix: prefix });
const problems = relabel(result.problems, assembled.labels);
if (problems.length) (result.ok ? console.warn : console.error)(formatReport(problems, workbookReportOptions(workbookPath)));
await writeValidationReport({ problems }, reportPath(values.report));
if (!result.ok || !result.dataset || !result.aggregates) fail("Sổ tính có lỗi nên chưa ghi tệp nào.", "The workbook has errors, so no file was written.");

const current = checkPackage(descriptor, folder.files, { displayPrefix: prefix });
if (current.ok && current.dataset && current.aggregates) {
  const before = { dataset: current.dataset, aggregates: current.aggregates };
  console.log(formatChanges(changeSummary(descriptor, before, { dataset: result.dataset, aggregates: result.aggregates }, againstLabel({ kind: "folder", path: prefix }))));
}
const texts = datasetCsvFiles(descriptor, result.dataset);
for (const resourcePath of Object.keys(fromSheets.files)) {
  const target = path.join(dataDir, resourcePath);
  const from = `(← ${name} › ${fromSheets.sheets[resourcePath]})`;
  if (new TextDecoder().decode(folder.files[resourcePath] ?? new Uint8Array()) === texts[resourcePath]) {
    console.log(`Không đổi / Unchanged: ${prefix}${resourcePath} ${from}`);
    continue;
  }
  await writeFile(`${target}.tmp`, texts[resourcePath]!);
  await rename(`${target}.tmp`, target);
  console.log(`Đã ghi / Written: ${prefix}${resourcePath} ${from}`);
}
