/** Test helpers: the real descriptor, a valid minimal package, and packages with one file swapped for a defect fixture. */
import { readFileSync } from "node:fs";
import { messageEn, messageVi } from "../../src/data/messages/message.ts";
import { validatePackage, type Validation } from "../../src/data/validate-package.ts";
import { type Problem } from "../../src/data/problem.ts";

const root = new URL("../../", import.meta.url);

export const descriptor: unknown = JSON.parse(readFileSync(new URL("data/datapackage.json", root), "utf8"));

/** The bytes of test/fixtures/csv/<name>. */
export function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`test/fixtures/csv/${name}`, root));
}

/** The valid minimal package: the real province tables and small course, session, participant, target, fact and changelog files. */
export function validFiles(): Record<string, Uint8Array> {
  return {
    "provinces.csv": readFileSync(new URL("data/provinces.csv", root)),
    "provinces-2025.csv": readFileSync(new URL("data/provinces-2025.csv", root)),
    "courses.csv": fixture("valid/courses.csv"),
    "sessions.csv": fixture("valid/sessions.csv"),
    "participants.csv": fixture("valid/participants.csv"),
    "targets.csv": fixture("valid/targets.csv"),
    "published-facts.csv": fixture("valid/published-facts.csv"),
    "changelog.csv": fixture("valid/changelog.csv"),
  };
}

/** Validates the valid package with some files replaced by fixtures (or left out, with null). */
export function checkWith(replacements: Record<string, string | null>): Validation {
  const files = validFiles();
  for (const [path, name] of Object.entries(replacements)) {
    if (name === null) delete files[path];
    else files[path] = fixture(name);
  }
  return validatePackage(descriptor, files);
}

/** Each problem as [code, Vietnamese message, English message]. */
export function texts(problems: Problem[]): [string, string, string][] {
  return problems.map((item) => [item.code, messageVi(item), messageEn(item)]);
}

/** Only the problems of one display file. */
export function inFile(problems: Problem[], file: string): Problem[] {
  return problems.filter((item) => item.file === file);
}
