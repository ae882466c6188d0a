import { describe, expect, it } from "vitest";
import { dataCsv, datasetCsvFiles } from "../../src/checker/index.ts";
import { dataFiles, descriptor, passing } from "./support.ts";

describe("dataCsv(fields, records)", () => {
  it("writes a header, LF line ends, empty cells for null and quotes only cells that need it", () => {
    const text = dataCsv(["id", "title", "notes", "trainees"], [
      { id: "2018-ADV", title: "Advanced course, 2018", notes: "one; two", trainees: 30 },
      { id: "2019-ADV", title: 'The "new" course', notes: null, trainees: null },
    ]);
    expect(text).toBe('id,title,notes,trainees\n2018-ADV,"Advanced course, 2018",one; two,30\n2019-ADV,"The ""new"" course",,\n');
  });
});

describe("datasetCsvFiles(descriptor, dataset)", () => {
  it("writes the shipped data back byte for byte, so an import of unchanged data changes no file", () => {
    const files = dataFiles();
    const written = datasetCsvFiles(descriptor, passing(files).dataset);
    expect(Object.keys(written)).toEqual(descriptor.resources.map((r) => r.path));
    for (const [path, text] of Object.entries(written)) expect(text, path).toBe(new TextDecoder().decode(files[path]));
  });
});
