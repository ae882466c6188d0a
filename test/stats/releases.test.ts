import { describe, expect, it } from "vitest";
import { releasesNewestFirst } from "../../src/stats/releases.ts";

const release = (version: string, date: string) => ({ version, date, summary_vi: "", summary_en: "" });

describe("releasesNewestFirst(changelog)", () => {
  it("puts the newest date first and, on one date, the higher version first, comparing numbers as numbers", () => {
    const sorted = releasesNewestFirst([release("0.9.0", "2026-11-28"), release("0.10.0", "2026-11-28"), release("1.0.0", "2026-12-01")]);
    expect(sorted.map((r) => r.version)).toEqual(["1.0.0", "0.10.0", "0.9.0"]);
  });
});
