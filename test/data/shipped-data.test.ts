import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPackage } from "../../src/pipeline/check-package.ts";
import { readFolder } from "../fixtures/datasets.ts";

const DATA = new URL("../../data/", import.meta.url);

/** Only the validity of data/ is tested here: its figures change whenever the ministry publishes, so no test pins them. */
describe("the shipped data/ folder", () => {
  const { descriptor, files } = readFolder(DATA);

  it("passes the check with no problem at all", () => {
    const result = checkPackage(descriptor, files);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("writes every CSV with its datapackage fields as the header, in order, UTF-8 with LF line ends", () => {
    for (const resource of (descriptor as { resources: { path: string; schema: { fields: { name: string }[] } }[] }).resources) {
      const text = readFileSync(new URL(resource.path, DATA), "utf8");
      expect(text.split("\n")[0], resource.path).toBe(resource.schema.fields.map((f) => f.name).join(","));
      expect(text.includes("\r"), resource.path).toBe(false);
      expect(text.endsWith("\n"), resource.path).toBe(true);
    }
  });
});
