import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/checker/index.ts";
import { formatReport } from "../../src/data/report.ts";
import { messageEn, messageVi } from "../../src/data/messages/message.ts";
import { checkPackage } from "../../src/pipeline/index.ts";
import { dataFiles, descriptor, newCourseRows } from "../checker/support.ts";
import { root, runScript } from "./cli-run.ts";

const fixture = (name: string) => readFileSync(path.join(root, "test/fixtures/csv", name));

describe("npm run check", () => {
  const work = mkdtempSync(path.join(tmpdir(), "moit-check-"));
  const broken = path.join(work, "broken");
  const changed = path.join(work, "changed");
  const noBuild = path.join(work, "no-build");
  beforeAll(() => {
    cpSync(path.join(root, "data"), broken, { recursive: true });
    writeFileSync(path.join(broken, "participants.csv"), fixture("participants-unknown-province.csv"));
    cpSync(path.join(root, "data"), changed, { recursive: true });
    for (const [file, rows] of Object.entries(newCourseRows)) writeFileSync(path.join(changed, file), readFileSync(path.join(changed, file), "utf8") + rows);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("prints a GitHub annotation per problem, on the file, line and column, with --format github", () => {
    const run = runScript("scripts/check.ts", [broken, "--format", "github", "--report", path.join(work, "r.html")]);
    expect(run.status).toBe(1);
    const { problems } = checkPackage(descriptor, { ...dataFiles(), "participants.csv": fixture("participants-unknown-province.csv") }, { displayPrefix: `${broken}/` });
    const annotations = run.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations).toHaveLength(problems.length);
    const first = problems[0]!;
    const line = fixture("participants-unknown-province.csv").toString("utf8").split(/\r?\n/).findIndex((l, i) => i > 0 && l.split(",")[1] === first.value) + 1;
    expect(annotations[0]).toBe(`::error file=${broken}/participants.csv,line=${line},col=10,title=${first.code}::${messageVi(first)}%0A${messageEn(first)}`);
  });

  it("writes validation-report.html with the messages the console printed, and fails", () => {
    const report = path.join(work, "report.html");
    const run = runScript("scripts/check.ts", [broken, "--report", report]);
    expect(run.status).toBe(1);
    const html = readFileSync(report, "utf8");
    const { problems } = checkPackage(descriptor, { ...dataFiles(), "participants.csv": fixture("participants-unknown-province.csv") }, { displayPrefix: `${broken}/` });
    expect(run.stderr).toContain(formatReport(problems));
    for (const p of problems) expect(html).toContain(messageEn(p).replace(/"/g, "&quot;"));
  });

  it("shows what the change does compared with the folder named by --against, and writes the pull-request comment", () => {
    const summary = path.join(work, "summary.md");
    const run = runScript("scripts/check.ts", [changed, "--against", "data", "--summary", summary, "--report", path.join(work, "r.html")]);
    expect(run.status, run.out).toBe(0);
    expect(run.stdout).toContain("Changes against the data folder data/");
    expect(run.stdout).toContain("participants.csv: 2 added, 0 changed, 0 removed");
    const comment = readFileSync(summary, "utf8");
    expect(comment.startsWith(`${COMMENT_MARKER}\n\n### ✅`)).toBe(true);
    expect(comment).toContain("participants.csv: 2 added, 0 changed, 0 removed");
  });

  it("compares with the last build's files by default, and says when there is none", () => {
    const output = path.join(work, "site");
    mkdirSync(path.join(output, "files"), { recursive: true });
    for (const r of descriptor.resources) cpSync(path.join(root, "data", r.path), path.join(output, "files", r.path));
    const built = runScript("scripts/check.ts", [changed, "--report", path.join(work, "r.html")], { MOIT_OUTPUT: output });
    expect(built.stdout).toContain(`Changes against the last build (${output}/files/)`);
    expect(built.stdout).toContain("courses.csv: 1 added");
    const none = runScript("scripts/check.ts", [changed, "--report", path.join(work, "r.html")], { MOIT_OUTPUT: noBuild });
    expect(none.status).toBe(0);
    expect(none.stdout).toContain(`No earlier data to compare with: there is no build yet (${noBuild}/files/)`);
  });

  it("refuses an unknown option with the usage", () => {
    const run = runScript("scripts/check.ts", ["--format", "xml"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: npm run check --");
  });
});

describe("npm run build with data that fail the check", () => {
  it("writes validation-report.html and publishes nothing", () => {
    const work = mkdtempSync(path.join(tmpdir(), "moit-build-report-"));
    try {
      const data = path.join(work, "data");
      cpSync(path.join(root, "data"), data, { recursive: true });
      writeFileSync(path.join(data, "participants.csv"), fixture("participants-unknown-province.csv"));
      const report = path.join(work, "validation-report.html");
      const run = runScript("scripts/build.ts", [], { MOIT_DATA: data, MOIT_OUTPUT: path.join(work, "site"), MOIT_REPORT: report });
      expect(run.status).toBe(1);
      expect(readFileSync(report, "utf8")).toContain("[unknown-province]");
      expect(existsSync(path.join(work, "site"))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
