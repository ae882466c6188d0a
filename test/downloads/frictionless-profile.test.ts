import { readFileSync } from "node:fs";
import { validate } from "datapackage";
import { describe, expect, it } from "vitest";
import { buildDownloads } from "../../src/downloads/build-downloads.ts";
import { descriptor, sampleSite } from "./fixture.ts";

/** The official Frictionless JSON Schema profiles, as shipped by the Frictionless JavaScript library. */
async function profileErrors(pkg: unknown): Promise<string[]> {
  const result = (await validate(pkg)) as { valid: boolean; errors: Error[] };
  return result.errors.map((e) => e.message);
}

describe("the Frictionless tabular-data-package profile", () => {
  it("accepts the data contract, data/datapackage.json", async () => {
    const input: unknown = JSON.parse(readFileSync(new URL("../../data/datapackage.json", import.meta.url), "utf8"));
    expect(await profileErrors(input)).toEqual([]);
  });

  it("accepts the published /files/datapackage.json", async () => {
    const files = await buildDownloads(sampleSite(), descriptor());
    const published: unknown = JSON.parse(new TextDecoder().decode(files.find((f) => f.path === "/files/datapackage.json")!.bytes));
    expect(await profileErrors(published)).toEqual([]);
  }, 60_000);

  it("refuses a descriptor with a field type the specification does not know", async () => {
    const input = JSON.parse(readFileSync(new URL("../../data/datapackage.json", import.meta.url), "utf8"));
    input.resources[0].schema.fields[0].type = "text";
    expect((await profileErrors(input)).length).toBeGreaterThan(0);
  });
});
