import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function run(script: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    env: { ...process.env, CI: "", ...env },
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

/** Every file under dir with the SHA-256 of its bytes, for byte-for-byte comparison. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

describe("npm run build", () => {
  const work = mkdtempSync(path.join(tmpdir(), "moit-build-"));
  const output = path.join(work, "site");
  const brokenData = path.join(work, "data");
  const contradicted = path.join(work, "contradicted");
  let first: ReturnType<typeof run>;

  beforeAll(() => {
    first = run("scripts/build.ts", { MOIT_OUTPUT: output });
    cpSync(path.join(root, "data"), brokenData, { recursive: true });
    const participants = path.join(brokenData, "participants.csv");
    const lines = readFileSync(participants, "utf8").split("\n");
    lines[13] = lines[13]!.replace(/^([^,]*),\d\d,/, "$1,1,");
    writeFileSync(participants, lines.join("\n"));
    // A published figure typed 50 where the data give 49.
    cpSync(path.join(root, "data"), contradicted, { recursive: true });
    const facts = path.join(contradicted, "published-facts.csv");
    writeFileSync(facts, readFileSync(facts, "utf8").replace("2017-12-31,equals,49,", "2017-12-31,equals,50,"));
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("builds the whole site from the sample data", () => {
    expect(first.status, first.out).toBe(0);
    const files = Object.keys(fingerprint(output));
    expect(files).toContain("index.html");
    expect(files).toContain(path.join("en", "index.html"));
    expect(files).toContain(path.join("assets", "main.js"));
  });

  it("refuses a broken CSV with exit code 1, a message naming file, row and column, and no stack trace", () => {
    const result = run("scripts/build.ts", { MOIT_OUTPUT: output, MOIT_DATA: brokenData });
    expect(result.status).toBe(1);
    expect(result.out).toContain('Dòng 14, cột "province_code": "1"');
    expect(result.out).toContain("Row 14, column \"province_code\"");
    expect(result.out).toContain("Chưa xuất bản gì.");
    expect(result.out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, 60_000);

  it("leaves the previous site untouched, byte for byte, after a failed build", () => {
    const before = fingerprint(output);
    const result = run("scripts/build.ts", { MOIT_OUTPUT: output, MOIT_DATA: brokenData });
    expect(result.status).toBe(1);
    expect(fingerprint(output)).toEqual(before);
    expect(readdirSync(work).filter((name) => name.includes("staging"))).toEqual([]);
  }, 60_000);

  it("refuses to publish a published figure the data contradict: file, row, both values, how to fix; the site stays as it was", () => {
    const before = fingerprint(output);
    const result = run("scripts/build.ts", { MOIT_OUTPUT: output, MOIT_DATA: contradicted });
    expect(result.status).toBe(1);
    expect(result.out).toContain("published-facts.csv");
    expect(result.out).toContain('Dòng 2, cột "value": Số liệu đã công bố "provinces_trained_practice" đến ngày 31/12/2017 là 50');
    expect(result.out).toContain("nhưng tính từ các tệp dữ liệu được 49");
    expect(result.out).toContain('Row 2, column "value": The published figure');
    expect(result.out).toContain("if this row was copied wrong, correct its \"value\"");
    expect(result.out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(fingerprint(output)).toEqual(before);
  }, 60_000);

  it("builds the local preview of the same contradiction, with a red banner naming it on every page", () => {
    const preview = path.join(work, "preview");
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--preview"], {
      cwd: root,
      env: { ...process.env, CI: "", MOIT_OUTPUT: preview, MOIT_DATA: contradicted },
      encoding: "utf8",
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    for (const page of ["index.html", path.join("en", "progress", "index.html")]) {
      const html = readFileSync(path.join(preview, page), "utf8");
      expect(html, page).toContain('class="preview-banner" role="alert"');
      expect(html, page).toMatch(/(published 50, the data give 49|đã công bố 50, dữ liệu cho 49)/);
    }
    expect(readFileSync(path.join(output, "index.html"), "utf8")).not.toContain("preview-banner");
  }, 120_000);
});

describe("npm run check", () => {
  it("accepts the shipped data and writes nothing", () => {
    const result = run("scripts/check.ts", { CI: "true" });
    expect(result.status, result.out).toBe(0);
    expect(result.out).toContain("The data is valid.");
  }, 60_000);
});
