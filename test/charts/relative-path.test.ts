import { describe, expect, it } from "vitest";
import { relativePath } from "../../src/charts/relative-path.ts";

/** The absolute points a path passes through, read back from relative commands. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/gu)) {
    if (command === "Z" || command === "z") continue;
    const numbers = (args ?? "").match(/-?\d+(?:\.\d+)?/gu)?.map(Number) ?? [];
    for (let i = 0; i < numbers.length; i += 2) {
      const [a = 0, b = 0] = [numbers[i], numbers[i + 1]];
      [x, y] = command === "M" || command === "L" ? [a, b] : [Math.round((x + a) * 10) / 10, Math.round((y + b) * 10) / 10];
      out.push([x + 0, y + 0]);
    }
  }
  return out;
}

describe("relativePath(d)", () => {
  it("writes lines as relative moves, one command letter for a run of them", () => {
    expect(relativePath("M10,10L12.5,10L12.5,14Z")).toBe("M10,10l2.5,0 0,4z");
    expect(relativePath("M0,0L-1,-2L-3,0Z")).toBe("M0,0l-1,-2-2,2z");
  });

  it("passes through exactly the same points, ring after ring, however long", () => {
    const rings = Array.from({ length: 3 }, (_, r) => `M${r * 10.3},${r}` + Array.from({ length: 200 }, (_, i) => `L${(r * 10.3 + Math.sin(i) * 5).toFixed(1)},${(i * 0.7).toFixed(1)}`).join("") + "Z").join("");
    const original = points(rings);
    expect(points(relativePath(rings))).toEqual(original);
    expect(relativePath(rings).length).toBeLessThan(rings.length * 0.8);
  });

  it("leaves a path with other commands as it is", () => {
    expect(relativePath("M0,0C1,1,2,2,3,3")).toBe("M0,0C1,1,2,2,3,3");
  });
});
