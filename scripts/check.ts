/**
 * npm run check [folder] [--against folder] [--format github] [--summary file.md] [--report file.html]:
 * validates the data folder (default data/, or MOIT_DATA) against its datapackage.json and checks every
 * published figure against the data. After a successful check it shows what the change does, compared
 * with --against (an earlier data folder) or else the last build's _site/files/. It writes the same
 * report to validation-report.html, and with --summary the pull-request comment in Markdown.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { changeSummary, checkMarkdown, formatChanges, githubAnnotations, type Bilingual, type ChangeSummary } from "../src/checker/index.ts";
import type { PackageDescriptor } from "../src/data/index.ts";
import { checkDataFolder } from "./lib/cli.ts";
import { locateProblems } from "./lib/locate-problems.ts";
import { previousData } from "./lib/previous-data.ts";
import { reportPath, writeValidationReport } from "./lib/report-file.ts";

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { against: { type: "string" }, format: { type: "string", default: "text" }, summary: { type: "string" }, report: { type: "string" } },
  });
  if (!["text", "github"].includes(args.values.format!)) throw new Error(`--format ${args.values.format}`);
} catch (error) {
  console.error(
    `Tham số không hợp lệ / Invalid option: ${(error as Error).message}\n` +
      "Dùng / Usage: npm run check -- [thư-mục/folder] [--against thư-mục/folder] [--format text|github] [--summary tệp/file.md] [--report tệp/file.html]",
  );
  process.exit(2);
}
const { values, positionals } = args;
const folder = positionals[0] ?? process.env.MOIT_DATA ?? "data";
const result = await checkDataFolder(folder, false);
if (values.format === "github") process.stdout.write(githubAnnotations(result.problems, locateProblems(result)));

let changes: ChangeSummary | null = null;
const notes: Bilingual[] = [];
if (result.ok && result.dataset && result.aggregates) {
  console.log("Dữ liệu hợp lệ. / The data is valid.\n");
  const previous = await previousData(result.descriptor as PackageDescriptor, values.against, path.resolve(process.env.MOIT_OUTPUT ?? "_site"));
  if (previous.snapshot) {
    changes = changeSummary(result.descriptor as PackageDescriptor, previous.snapshot, { dataset: result.dataset, aggregates: result.aggregates }, previous.label);
    console.log(formatChanges(changes));
  } else {
    notes.push(previous.note);
    console.log(`${previous.note[0]}\n${previous.note[1]}\n`);
  }
}
await writeValidationReport({ problems: result.problems, changes, notes }, reportPath(values.report));
if (values.summary) await writeFile(values.summary, checkMarkdown({ problems: result.problems, changes, notes }));
process.exitCode = result.ok ? 0 : 1;
