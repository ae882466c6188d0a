/** Test helpers: the shipped data package as bytes, checked, and the same package with a new course added. */
import { readFileSync } from "node:fs";
import type { PackageDescriptor } from "../../src/data/schema.ts";
import { checkPackage, type CheckResult } from "../../src/pipeline/index.ts";

const dataDir = new URL("../../data/", import.meta.url);

export const descriptor = JSON.parse(readFileSync(new URL("datapackage.json", dataDir), "utf8")) as PackageDescriptor;

/** The bytes of every file of data/, by resource path. */
export function dataFiles(): Record<string, Uint8Array> {
  return Object.fromEntries(descriptor.resources.map((r) => [r.path, new Uint8Array(readFileSync(new URL(r.path, dataDir)))]));
}

/** The rows an official adds for a new course: the course, its round and its officials from two provinces, with a source. */
export const newCourseRows: Record<string, string> = {
  "courses.csv": '2019-ADV,2019,advanced,Khóa nâng cao năm 2019,"Advanced course, 2019",,https://example.org/2019,published,\n',
  "sessions.csv": "2019-ADV,1,12/06/2019,14/06/2019,Hà Nội,01,3,held,https://example.org/2019,published,\n",
  "participants.csv": "2019-ADV,01,doit,2,https://example.org/2019,published\n2019-ADV,02,doit,1,https://example.org/2019,published\n",
};

/** data/ with the new course's rows appended. */
export function newCourseFiles(): Record<string, Uint8Array> {
  const files = dataFiles();
  for (const [path, rows] of Object.entries(newCourseRows)) {
    files[path] = new TextEncoder().encode(new TextDecoder().decode(files[path]) + rows);
  }
  return files;
}

/** checkPackage over some files; throws when they do not pass, for tests that need a dataset. */
export function passing(files: Record<string, Uint8Array>): Required<{ [K in keyof CheckResult]: NonNullable<CheckResult[K]> }> {
  const result = checkPackage(descriptor, files);
  if (!result.ok || !result.dataset || !result.aggregates) throw new Error(`not valid: ${result.problems.map((p) => p.code).join(", ")}`);
  return result as never;
}
