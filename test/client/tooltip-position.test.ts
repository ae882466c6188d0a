import { describe, expect, it } from "vitest";
import { tooltipPosition } from "../../src/client/tooltip-position.ts";

const phone = { width: 360, height: 640 };
const size = { width: 120, height: 50 };

describe("tooltipPosition(anchor, size, viewport)", () => {
  it("centres the tooltip 8 px above the anchor when there is room", () => {
    // centre 100 + 20 = 120, minus half the width 60; top 200 − 8 − 50.
    expect(tooltipPosition({ left: 100, top: 200, width: 40, height: 20 }, size, phone)).toEqual({ left: 60, top: 142 });
  });

  it("keeps the tooltip inside the right edge of a 360 px viewport", () => {
    expect(tooltipPosition({ left: 330, top: 200, width: 20, height: 20 }, size, phone)).toEqual({ left: 232, top: 142 });
  });

  it("keeps the tooltip inside the left edge", () => {
    expect(tooltipPosition({ left: 0, top: 200, width: 10, height: 10 }, size, phone)).toEqual({ left: 8, top: 142 });
  });

  it("goes below the anchor when there is no room above", () => {
    expect(tooltipPosition({ left: 100, top: 20, width: 40, height: 20 }, size, phone)).toEqual({ left: 60, top: 48 });
  });

  it("stays inside the bottom edge when there is room neither above nor below", () => {
    const short = { width: 360, height: 100 };
    expect(tooltipPosition({ left: 100, top: 30, width: 40, height: 40 }, size, short)).toEqual({ left: 60, top: 42 });
  });

  it("pins a tooltip wider than the viewport to the left margin", () => {
    expect(tooltipPosition({ left: 100, top: 200, width: 40, height: 20 }, { width: 400, height: 50 }, phone)).toEqual({
      left: 8,
      top: 142,
    });
  });
});
