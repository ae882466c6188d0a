import { describe, expect, it } from "vitest";
import { figureChanges } from "../../src/checker/index.ts";
import { aggregate } from "../../src/stats/index.ts";
import { dataFiles, newCourseFiles, passing } from "./support.ts";

describe("figureChanges(before, after)", () => {
  const before = passing(dataFiles());

  it("finds nothing changed between the same figures", () => {
    const changes = figureChanges(before.aggregates, before.aggregates);
    expect(changes.headline.changed).toBe(false);
    expect(changes.verdicts).toEqual([]);
    expect(changes.provinces).toEqual([]);
  });

  it("lists the provinces whose officials change, with their figures before and after", () => {
    const after = passing(newCourseFiles()).aggregates;
    const changes = figureChanges(before.aggregates, after);
    const officials = (stats: typeof after, code: string) => stats.officials.byProvince.find((p) => p.code === code)!.officials;
    expect(changes.provinces.map((p) => [p.code, p.before?.officials, p.after?.officials])).toEqual([
      ["01", officials(before.aggregates, "01"), officials(before.aggregates, "01") + 2],
      ["02", officials(before.aggregates, "02"), officials(before.aggregates, "02") + 1],
    ]);
  });

  it("shows the headline and the verdicts a removed published figure changes", () => {
    const headline = before.aggregates.headline!;
    const dataset = { ...before.dataset, facts: before.dataset.facts.filter((f) => f.indicator !== headline.indicator) };
    const after = aggregate(dataset);
    const changes = figureChanges(before.aggregates, after);
    expect(changes.headline).toEqual({ before: headline, after: after.headline, changed: true });
    const resting = before.aggregates.verdicts.filter((v) => v.evidence?.indicator === headline.indicator);
    expect(resting.length).toBeGreaterThan(0);
    for (const verdict of resting) {
      const change = changes.verdicts.find((v) => v.targetYear === verdict.targetYear);
      expect(change?.before).toEqual(verdict);
      expect(change?.after?.evidence?.indicator).not.toBe(headline.indicator);
    }
  });
});
