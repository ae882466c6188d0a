import { describe, expect, it } from "vitest";
import { ringArea, ringContains, ringSelfIntersections } from "../../src/geo/rings.ts";

const square = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];

describe("ringArea(ring)", () => {
  it("gives the area with a sign for the winding", () => {
    expect(ringArea(square)).toBe(-1);
    expect(ringArea([...square].reverse())).toBe(1);
    expect(ringArea([[0, 0], [1, 1], [2, 2], [0, 0]])).toBe(0);
  });
});

describe("ringContains(ring, point)", () => {
  it("tells inside from outside whatever the winding", () => {
    expect(ringContains(square, [0.5, 0.5])).toBe(true);
    expect(ringContains([...square].reverse(), [0.5, 0.5])).toBe(true);
    expect(ringContains(square, [1.5, 0.5])).toBe(false);
  });
});

describe("ringSelfIntersections(ring)", () => {
  it("finds nothing in a simple ring", () => {
    expect(ringSelfIntersections(square)).toEqual([]);
  });

  it("finds the crossing of a bow tie", () => {
    expect(ringSelfIntersections([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]])).toEqual([[0, 2]]);
  });

  it("finds a repeated position and a spike that folds back on itself", () => {
    expect(ringSelfIntersections([[0, 0], [0, 1], [0, 1], [1, 1], [1, 0], [0, 0]]).length).toBeGreaterThan(0);
    expect(ringSelfIntersections([[0, 0], [0, 1], [0, 0.5], [1, 0], [0, 0]]).length).toBeGreaterThan(0);
  });

  it("finds a ring that touches itself at a vertex", () => {
    expect(ringSelfIntersections([[0, 0], [0, 2], [1, 1], [2, 2], [2, 0], [1, 1], [0, 0]]).length).toBeGreaterThan(0);
  });
});
