import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/data/index.ts";
import { checkPackage } from "../../src/pipeline/index.ts";
import { checkView, type CheckStage } from "../../src/checker/index.ts";
import { dataFiles, descriptor, newCourseFiles, passing } from "./support.ts";

const published = () => ({ files: dataFiles(), before: passing(dataFiles()).dataset });
const given = (files: Record<string, Uint8Array>, ...paths: string[]) => paths.map((name) => ({ name, bytes: files[name]! }));

describe("checkView(request, progress)", () => {
  it("checks the given files with the published ones and shows what the change does", () => {
    const stages: CheckStage[] = [];
    const files = newCourseFiles();
    const view = checkView({ descriptor, csv: given(files, "courses.csv", "sessions.csv", "participants.csv"), workbook: null, published: published() }, (s) => stages.push(s));
    expect(view.ok).toBe(true);
    expect(view.given).toBe(3);
    expect(view.origins.filter((o) => o.origin === "published").map((o) => o.path)).toEqual(["provinces.csv", "provinces-2025.csv", "targets.csv", "published-facts.csv", "changelog.csv"]);
    expect(view.changes?.sections[0]?.lines).toHaveLength(3);
    expect(view.previews.map((p) => p.file)).toEqual(["data/courses.csv", "data/sessions.csv", "data/participants.csv"]);
    expect(stages).toEqual(["checking", "preview", "comparing"]);
  });

  it("reports the very problems, and the same text, as the command line", () => {
    const files = { ...dataFiles(), "participants.csv": new TextEncoder().encode("course_id,province_code,organisation,officials,source_url,status\n2018-ADV,1,doit,2,,illustrative\n") };
    const view = checkView({ descriptor, csv: given(files, "participants.csv"), workbook: null, published: published() });
    const cli = checkPackage(descriptor, files);
    expect(view.ok).toBe(false);
    expect(view.sections.flatMap((s) => s.items.map((i) => i.problem))).toEqual(cli.problems);
    expect(view.footer.join("\n")).toBe(formatReport(cli.problems).trimEnd().split("\n").slice(-2).join("\n"));
    expect(view.changes).toBeNull();
  });

  it("names problems of a workbook by its sheet", () => {
    const sheets = [{ sheet: "participants", data: [["course_id", "province_code", "organisation", "officials", "source_url", "status"], ["2018-ADV", 1, "doit", 2, null, "illustrative"]] }];
    const view = checkView({ descriptor, csv: [], workbook: { name: "so-lieu.xlsx", sheets }, published: published() });
    expect(view.sections.map((s) => s.file)).toContain("so-lieu.xlsx › participants");
    expect(view.footer[1]).toBe('Nothing was published. Fix the file, save it as "Excel Workbook (.xlsx)", then run: npm run import -- so-lieu.xlsx');
    expect(view.previews.map((p) => p.file)).toEqual(["so-lieu.xlsx › participants"]);
  });

  it("counts no given file when none is a file of the data, and says why there is no comparison without published data", () => {
    const none = checkView({ descriptor, csv: [{ name: "notes.txt", bytes: new Uint8Array() }], workbook: null, published: published() });
    expect(none.given).toBe(0);
    expect(none.unknown).toEqual(["notes.txt"]);
    const alone = checkView({ descriptor, csv: given(dataFiles(), ...descriptor.resources.map((r) => r.path)), workbook: null, published: null });
    expect(alone.ok).toBe(true);
    expect(alone.changes).toBeNull();
    expect(alone.changesNote?.[1]).toMatch(/^No comparison with the published site's data/);
  });
});
