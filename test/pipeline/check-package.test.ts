import { describe, expect, it } from "vitest";
import { checkPackage } from "../../src/pipeline/check-package.ts";
import { readFolder, SAMPLE } from "../fixtures/datasets.ts";

const { descriptor, files } = readFolder(SAMPLE);

/** The frozen sample's files, with one file's text changed. */
function filesWith(path: string, change: (text: string) => string): Record<string, Uint8Array> {
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, name === path ? new TextEncoder().encode(change(text(bytes))) : bytes]));
}

const contradicted = filesWith("published-facts.csv", (text) => text.replace("2017-12-31,equals,49", "2017-12-31,equals,50"));

describe("checkPackage(descriptor, files, options)", () => {
  it("accepts the sample data with no problem at all, and hands on the figures it checked", () => {
    const result = checkPackage(descriptor, filesWith("", (t) => t));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.aggregates?.facts.every((c) => c.ok !== false)).toBe(true);
  });

  it("refuses to publish a published figure the data contradict, naming its row", () => {
    const result = checkPackage(descriptor, contradicted);
    expect(result.ok).toBe(false);
    expect([result.dataset, result.aggregates]).toEqual([null, null]);
    expect(result.problems.map((p) => [p.code, p.severity, p.file, p.row, p.value])).toEqual([["fact-mismatch", "error", "data/published-facts.csv", 2, "50"]]);
  });

  it("only warns in the local preview, which shows the contradiction on every page", () => {
    const result = checkPackage(descriptor, contradicted, { preview: true });
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([["fact-mismatch", "warning"]]);
    expect(result.aggregates?.facts.filter((c) => c.ok === false).map((c) => [c.fact.value, c.computed])).toEqual([[50, 49]]);
  });
});
