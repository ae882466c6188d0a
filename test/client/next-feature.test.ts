import { describe, expect, it } from "vitest";
import { nextFeature } from "../../src/client/next-feature.ts";

describe("nextFeature(current, count, key)", () => {
  it("moves forward with ArrowRight and ArrowDown, back with ArrowLeft and ArrowUp", () => {
    expect(nextFeature(3, 63, "ArrowRight")).toBe(4);
    expect(nextFeature(3, 63, "ArrowDown")).toBe(4);
    expect(nextFeature(3, 63, "ArrowLeft")).toBe(2);
    expect(nextFeature(3, 63, "ArrowUp")).toBe(2);
  });

  it("wraps round at both ends", () => {
    expect(nextFeature(0, 63, "ArrowLeft")).toBe(62);
    expect(nextFeature(62, 63, "ArrowRight")).toBe(0);
  });

  it("jumps to the first and last feature with Home and End", () => {
    expect(nextFeature(5, 34, "Home")).toBe(0);
    expect(nextFeature(5, 34, "End")).toBe(33);
  });

  it("ignores other keys and empty maps", () => {
    expect(nextFeature(5, 63, "Enter")).toBeNull();
    expect(nextFeature(0, 0, "ArrowRight")).toBeNull();
  });
});
