import { createHash } from "node:crypto";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDownloads } from "../../src/downloads/build-downloads.ts";
import { type DownloadFile } from "../../src/downloads/types.ts";
import { type PublishedPackage } from "../../src/downloads/data-package.ts";
import { descriptor, smallSite } from "./fixture.ts";

let files: DownloadFile[];
let pkg: PublishedPackage;
beforeAll(async () => {
  files = await buildDownloads(smallSite(), descriptor());
  pkg = JSON.parse(new TextDecoder().decode(files.find((f) => f.path === "/files/datapackage.json")!.bytes)) as PublishedPackage;
}, 60_000);

const csvOf = (path: string) => files.find((f) => f.path === `/files/${path}`);
const tableTypes = ["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"];

describe("datapackage.json of the downloads", () => {
  it("has the package properties of a Tabular Data Package", () => {
    expect(pkg.profile).toBe("tabular-data-package");
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg).toMatchObject({ version: "0.2.0", created: "2018-03-01" });
    expect(pkg.licenses).toEqual([{ name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0", path: "https://creativecommons.org/licenses/by/4.0/" }]);
    expect(pkg.sources.length).toBeGreaterThan(0);
  });

  it("gives every resource a unique lower-case name, a relative path to a published CSV and a schema with fields", () => {
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    for (const r of pkg.resources) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(r.path).toMatch(/^[a-z0-9-]+\.csv$/);
      expect(csvOf(r.path), r.path).toBeDefined();
      expect(r.schema.fields.length).toBeGreaterThan(0);
      for (const f of r.schema.fields) expect(tableTypes, `${r.name}.${f.name}`).toContain(f.type);
    }
  });

  it("names the fields of each resource exactly as the CSV header", () => {
    for (const r of pkg.resources) {
      const text = new TextDecoder().decode(csvOf(r.path)!.bytes).replace(/^\uFEFF/, "");
      expect(Papa.parse<string[]>(text).data[0], r.name).toEqual(r.schema.fields.map((f) => f.name));
    }
  });

  it("builds primary and foreign keys from fields that exist", () => {
    const byName = new Map(pkg.resources.map((r) => [r.name, r]));
    for (const r of pkg.resources) {
      const names = r.schema.fields.map((f) => f.name);
      for (const key of r.schema.primaryKey ?? []) expect(names, r.name).toContain(key);
      for (const fk of r.schema.foreignKeys ?? []) {
        for (const f of fk.fields) expect(names, r.name).toContain(f);
        const target = byName.get(fk.reference.resource);
        expect(target, `${r.name} → ${fk.reference.resource}`).toBeDefined();
        for (const f of fk.reference.fields) expect(target!.schema.fields.map((x) => x.name)).toContain(f);
      }
    }
  });

  it("repeats the schemas of data/datapackage.json unchanged", () => {
    for (const input of descriptor().resources) expect(pkg.resources.find((r) => r.name === input.name)?.schema, input.name).toEqual(input.schema);
  });

  it("adds the three aggregated tables after the resources of data/", () => {
    expect(pkg.resources.slice(-3).map((r) => r.name)).toEqual(["coverage-by-year", "officials-by-province-year", "progress-toward-targets"]);
  });

  it("records the size and SHA-256 of each CSV", () => {
    for (const r of pkg.resources) {
      const bytes = csvOf(r.path)!.bytes;
      expect(r.bytes).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    }
  });
});
