import { describe, expect, it, vi } from "vitest";
import type { PublishedFact } from "../../src/data/types.ts";
import { aggregate } from "../../src/stats/aggregate.ts";
import { coverageRows } from "../../src/site/views/progress.ts";
import { viewContext } from "../../src/site/views/context.ts";
import { fixture } from "./fixture.ts";

// A switch that makes the coverage computation count one province more, to see who follows it.
const change = vi.hoisted(() => ({ on: false }));
vi.mock("../../src/stats/coverage-by-year.ts", async (original) => {
  const real = await original<typeof import("../../src/stats/coverage-by-year.ts")>();
  return {
    ...real,
    coverageByYear: (...args: Parameters<typeof real.coverageByYear>) =>
      real.coverageByYear(...args).map((p) => (change.on ? { ...p, count: p.count + 1 } : p)),
  };
});

const fact: PublishedFact = {
  indicator: "provinces_trained_practice", subject: null, as_of: "2016-12-31", comparison: "equals", value: 4,
  source_url: "https://example.org/article", source_date: null, quote: null, notes: null,
};

/** What the progress page prints for 2016 and what the reconciliation computed for the published 2016 figure. */
function pageAndCheck() {
  const dataset = fixture();
  dataset.facts = [fact];
  const stats = aggregate(dataset);
  const ctx = viewContext({ stats, dataset, build: { dataVersion: "", dataDate: "", baseUrl: "" } }, (key) => key);
  const printed = coverageRows(ctx, "vi").find((r) => r.year === 2016)?.advanced.value;
  return { printed, computed: stats.facts[0]?.computed, ok: stats.facts[0]?.ok };
}

describe("the reconciliation and the pages", () => {
  it("read one computation: a change to it moves the printed figure and the checked one together", () => {
    change.on = false;
    expect(pageAndCheck()).toEqual({ printed: 4, computed: 4, ok: true });
    change.on = true;
    expect(pageAndCheck()).toEqual({ printed: 5, computed: 5, ok: false });
  });
});
