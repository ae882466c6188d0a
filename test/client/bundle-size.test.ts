import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { bundleClient } from "../../scripts/lib/bundle-client.ts";

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
