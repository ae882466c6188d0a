import { describe, expect, it } from "vitest";
import { labelEvery, yearStep } from "../../src/charts/label-step.ts";

describe("labelEvery(labelWidth, step, gap)", () => {
  it("skips enough columns for a label and its gap", () => {
    expect(labelEvery(40, 10, 6)).toBe(5);
    expect(labelEvery(30, 40, 6)).toBe(1);
  });

  it("stays a whole step of at least one when columns are narrower than the gap", () => {
    expect(labelEvery(33, 3.8, 6)).toBe(11);
    expect(labelEvery(33, 5.9, 6)).toBe(7);
  });

  it("labels one column only when columns have no width at all", () => {
    expect(labelEvery(33, 0, 6)).toBe(Number.MAX_SAFE_INTEGER);
    expect(labelEvery(33, Number.NaN, 6)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("yearStep(perYear, room)", () => {
  it("labels every year when there is room", () => {
    expect(yearStep(60, 44)).toBe(1);
  });

  it("rounds the step up to 2, 5, 10, 20, 25 or 50 years", () => {
    expect(yearStep(20, 44)).toBe(5);
    expect(yearStep(3.3, 44)).toBe(20);
    expect(yearStep(1, 44)).toBe(50);
  });

  it("goes on in hundreds beyond fifty years", () => {
    expect(yearStep(0.3, 44)).toBe(200);
  });
});
