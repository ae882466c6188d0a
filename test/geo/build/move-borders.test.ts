import { describe, expect, it } from "vitest";
import { mergePolygons, splitPolygon } from "../../../src/geo/build/split-polygon.ts";
import { moveBorders, type BorderMove, type CoastMove } from "../../../src/geo/build/move-borders.ts";
import { type PolygonRings } from "../../../src/geo/build/province-polygons.ts";
import { ringArea } from "../../../src/geo/rings.ts";

// Two provinces side by side, clockwise as d3-geo wants: A is [0,1]×[0,1], B is [1,2]×[0,1], sharing x = 1.
const a: PolygonRings = [[[0, 0], [0, 1], [1, 1], [1, 0.5], [1, 0], [0, 0]]];
const b: PolygonRings = [[[1, 0], [1, 0.5], [1, 1], [2, 1], [2, 0], [1, 0]]];
const area = (p: PolygonRings) => Math.abs(ringArea(p[0]!));

describe("splitPolygon(rings, line)", () => {
  it("cuts a polygon along a line between two of its vertices, in the original winding", () => {
    const [first, second] = splitPolygon(a, [[0, 1], [0.5, 0.5], [1, 0]]);
    expect(area(first) + area(second)).toBeCloseTo(1, 12);
    expect(Math.sign(ringArea(first[0]!))).toBe(Math.sign(ringArea(a[0]!)));
    expect(Math.sign(ringArea(second[0]!))).toBe(Math.sign(ringArea(a[0]!)));
  });

  it("refuses a line that does not end on two vertices, or that leaves the polygon", () => {
    expect(() => splitPolygon(a, [[0, 1], [0.5, 0.5], [0.7, 0.2]])).toThrow("are not two vertices of the ring");
    expect(() => splitPolygon(a, [[0, 1], [1.5, 0.5], [1, 0]])).toThrow(/crosses the ring|leaves the polygon/);
  });
});

describe("mergePolygons(polygons)", () => {
  it("merges polygons that share edges, keeping the coordinates of the outline", () => {
    const merged = mergePolygons([a, b]);
    expect(merged).toHaveLength(1);
    expect(area(merged[0]!)).toBeCloseTo(2, 12);
    expect(new Set(merged[0]![0]!.map((p) => p.join()))).toEqual(new Set(["0,0", "0,1", "1,1", "2,1", "2,0", "1,0"]));
  });
});

describe("moveBorders(byCode, moves)", () => {
  const border: BorderMove = { kind: "border", from: "A", to: "B", line: [[1, 1], [0.6, 0.5], [1, 0]], marker: [0.8, 0.5], what: "a strip of A", source: "test" };

  it("moves the land on the marker's side of the line to the neighbour", () => {
    const byCode = moveBorders(new Map([["A", [a]], ["B", [b]]]), [border]);
    expect(area(byCode.get("A")![0]!)).toBeCloseTo(0.8, 12);
    expect(byCode.get("B")).toHaveLength(1);
    expect(area(byCode.get("B")![0]!)).toBeCloseTo(1.2, 12);
  });

  it("fails when the land moved does not touch the neighbour", () => {
    const far: PolygonRings = [[[5, 0], [5, 1], [6, 1], [6, 0], [5, 0]]];
    expect(() => moveBorders(new Map([["A", [a]], ["B", [far]]]), [border])).toThrow("a strip of A: the land moved does not border B");
  });

  it("redraws a stretch of coast so that the marker is on land", () => {
    const coast: CoastMove = { kind: "coast", province: "A", line: [[0, 1], [-0.5, 0.5], [0, 0]], marker: [-0.2, 0.5], what: "a cape", source: "test" };
    const byCode = moveBorders(new Map([["A", [a]], ["B", [b]]]), [coast]);
    expect(area(byCode.get("A")![0]!)).toBeCloseTo(1.25, 12);
    expect(byCode.get("B")![0]).toEqual(b);
  });

  it("refuses to redraw a stretch that is a border with a neighbour", () => {
    const wrong: CoastMove = { kind: "coast", province: "A", line: [[1, 1], [1.5, 0.5], [1, 0]], marker: [1.2, 0.5], what: "a border", source: "test" };
    expect(() => moveBorders(new Map([["A", [a]], ["B", [b]]]), [wrong])).toThrow("a border: the new coast enters B");
  });
});
