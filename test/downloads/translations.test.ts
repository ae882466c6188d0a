import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { downloadMessages } from "../../src/downloads/metadata.ts";
import { keysOf } from "../../src/i18n/translate.ts";

const templates = [
  "../../site/pages/data.njk",
  ...readdirSync(new URL("../../site/_includes/components/", import.meta.url))
    .filter((name) => name.startsWith("data-"))
    .map((name) => `../../site/_includes/components/${name}`),
];

describe("src/i18n/downloads.vi.json and downloads.en.json", () => {
  it("have only the top-level keys downloads and dictionary", () => {
    expect(Object.keys(downloadMessages.vi)).toEqual(["downloads", "dictionary"]);
    expect(Object.keys(downloadMessages.en)).toEqual(["downloads", "dictionary"]);
  });

  it("have the same keys in both languages", () => {
    expect(keysOf(downloadMessages.en)).toEqual(keysOf(downloadMessages.vi));
  });

  it("hold every key the data page's templates translate", () => {
    const keys = new Set(keysOf(downloadMessages.vi));
    const used = templates.flatMap((path) => [...readFileSync(new URL(path, import.meta.url), "utf8").matchAll(/["']((?:downloads|dictionary)\.[\w.]+)["']/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((key) => !keys.has(key))).toEqual([]);
  });
});
