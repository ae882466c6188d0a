import { describe, expect, it } from "vitest";
import { embedHeightMessage } from "../../src/client/embed-height.ts";

describe("embedHeightMessage(height)", () => {
  it("rounds a fractional height up so the iframe never clips the last line", () => {
    expect(embedHeightMessage(812.2)).toEqual({ type: "moit-embed-height", height: 813 });
  });

  it("keeps a whole height", () => {
    expect(embedHeightMessage(600)).toEqual({ type: "moit-embed-height", height: 600 });
  });
});
