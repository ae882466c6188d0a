import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The data contract is written once, in datapackage.json: a new organisation type added there, and nowhere
 * else, is accepted by the check, named in both languages and listed in the descriptor's order on the site.
 */
describe("a new organisation type added to datapackage.json alone", () => {
  const work = mkdtempSync(path.join(tmpdir(), "moit-contract-"));
  const data = path.join(work, "data");
  const output = path.join(work, "site");
  let build: { status: number | null; out: string };
  let course = "";

  beforeAll(() => {
    cpSync(path.join(root, "data"), data, { recursive: true });
    const descriptorPath = path.join(data, "datapackage.json");
    const descriptor = JSON.parse(readFileSync(descriptorPath, "utf8"));
    const participants = descriptor.resources.find((r: { name: string }) => r.name === "participants");
    const field = participants.schema.fields.find((f: { name: string }) => f.name === "organisation");
    // Second in the list: after the Departments, before the promotion centres.
    field.constraints.enum.splice(1, 0, "college");
    field["x-enumLabels"].college = { vi: "Trường cao đẳng công thương", en: "Industry and trade college" };
    writeFileSync(descriptorPath, JSON.stringify(descriptor, null, 2));
    // Every "other" row of the data becomes a college row.
    const csv = path.join(data, "participants.csv");
    const lines = readFileSync(csv, "utf8").split("\n");
    const changed = lines.map((line) => line.replace(/^([^,]+,\d\d),other,/, "$1,college,"));
    course = changed.find((line) => line.includes(",college,"))!.split(",")[0]!;
    writeFileSync(csv, changed.join("\n"));
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      cwd: root,
      env: { ...process.env, CI: "", MOIT_DATA: data, MOIT_OUTPUT: output },
      encoding: "utf8",
    });
    build = { status: result.status, out: result.stdout + result.stderr };
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("passes the check and builds", () => {
    expect(build.status, build.out).toBe(0);
  });

  it("is named by its label and listed in the descriptor's order on the course's page, in both languages", () => {
    for (const [page, heading, names] of [
      [path.join("khoa-hoc", course.toLowerCase(), "index.html"), "Theo loại cơ quan", ["Sở Công Thương", "Trường cao đẳng công thương"]],
      [path.join("en", "courses", course.toLowerCase(), "index.html"), "By organisation type", ["Department of Industry and Trade", "Industry and trade college"]],
    ] as const) {
      const html = readFileSync(path.join(output, page), "utf8");
      const from = html.indexOf(`${heading}</h2>`);
      const list = html.slice(from, html.indexOf("</ul>", from));
      const at = names.map((name) => list.indexOf(`${name}:`));
      expect(at.every((i) => i >= 0), `${page}: ${list}`).toBe(true);
      expect(at[0]!, page).toBeLessThan(at[1]!);
    }
  });

  it("has its own column of the data dictionary's allowed values", () => {
    const html = readFileSync(path.join(output, "en", "data", "index.html"), "utf8");
    expect(html).toContain("college");
  });
});
