import { describe, expect, it } from "vitest";
import { dataResources, datasetFromRecords, resourceStem } from "../../src/checker/index.ts";
import { publishedTables } from "../../src/downloads/tables.ts";
import { tableJson } from "../../src/downloads/formats.ts";
import { dataFiles, descriptor, passing } from "./support.ts";

describe("dataResources(descriptor)", () => {
  it("keeps the tables an official edits and drops the aggregated tables a published datapackage.json adds", () => {
    const coverage = { name: "coverage-by-year", path: "coverage-by-year.csv", schema: { fields: [] } };
    const published = { ...descriptor, resources: [...descriptor.resources, coverage] };
    expect(dataResources(published).resources.map((r) => r.name)).toEqual(descriptor.resources.map((r) => r.name));
  });
});

describe("resourceStem(resource)", () => {
  it("is the file name without .csv", () => {
    expect(resourceStem({ path: "published-facts.csv" })).toBe("published-facts");
  });
});

describe("datasetFromRecords(descriptor, records)", () => {
  const dataset = passing(dataFiles()).dataset;
  const json = Object.fromEntries(
    publishedTables(dataset, descriptor as never).map((table, i) => [descriptor.resources[i]!.name, JSON.parse(new TextDecoder().decode(tableJson(table)))]),
  );

  it("reads back the dataset from the JSON files the site publishes", () => {
    expect(datasetFromRecords(descriptor, json)).toEqual(dataset);
  });

  it("gives nothing when a table is missing or is not a list of records", () => {
    expect(datasetFromRecords(descriptor, { ...json, courses: undefined })).toBeNull();
    expect(datasetFromRecords(descriptor, { ...json, courses: [1, 2] })).toBeNull();
  });
});
