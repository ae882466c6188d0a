import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { bundleChecker, bundleClient } from "../../scripts/lib/bundle-client.ts";

const BUDGET_GZIP_BYTES = 30 * 1024;

describe("bundleClient(outfile)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "moit-bundle-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stays within the page budget of 30 KB of JavaScript, gzipped", async () => {
    const file = path.join(dir, "main.js");
    await bundleClient(file);
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});

describe("bundleChecker(dir)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "moit-checker-bundle-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps the checker page's own script small and its worker, the whole validator, under 100 KB gzipped", async () => {
    await bundleChecker(dir);
    const page = readFileSync(path.join(dir, "checker.js"));
    const worker = readFileSync(path.join(dir, "checker-worker.js"));
    expect(gzipSync(page).length).toBeLessThanOrEqual(8 * 1024);
    expect(gzipSync(worker).length).toBeLessThanOrEqual(100 * 1024);
    expect(worker.toString()).toContain("not-a-full-date");
    expect(worker.toString()).not.toMatch(/\beval\(|new Function\(/);
  });
});
