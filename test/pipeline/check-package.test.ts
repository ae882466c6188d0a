import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPackage } from "../../src/pipeline/index.ts";
import { resources } from "../stats/load-sample.ts";

const dataDir = new URL("../../data/", import.meta.url);
const descriptor: unknown = JSON.parse(readFileSync(new URL("datapackage.json", dataDir), "utf8"));

/** The shipped data files, with one file's text changed. */
function filesWith(path: string, change: (text: string) => string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const r of resources()) {
    const text = readFileSync(new URL(r.path, dataDir), "utf8");
    files[r.path] = new TextEncoder().encode(r.path === path ? change(text) : text);
  }
  return files;
}

const contradicted = filesWith("published-facts.csv", (text) => text.replace("2017-12-31,equals,49", "2017-12-31,equals,48"));

describe("checkPackage(descriptor, files, options)", () => {
  it("accepts the shipped data with no problem at all, strictly", () => {
    const result = checkPackage(descriptor, filesWith("", (t) => t), { strict: true });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("warns, and still publishes, when a published figure disagrees with the data outside CI", () => {
    const result = checkPackage(descriptor, contradicted, { strict: false });
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.code, p.severity, p.file])).toEqual([["fact-mismatch", "warning", "data/published-facts.csv"]]);
  });

  it("refuses to publish the same disagreement when strict, as in CI", () => {
    const result = checkPackage(descriptor, contradicted, { strict: true });
    expect(result.ok).toBe(false);
    expect(result.dataset).toBeNull();
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([["fact-mismatch", "error"]]);
  });
});
