import { describe, expect, it } from "vitest";
import { attrs, chartId, placeLabel, r1, svgDocument, tag, wrapText } from "../../src/charts/svg.ts";

describe("r1(n)", () => {
  it("rounds to one decimal and never writes -0", () => {
    expect(r1(12.345)).toBe(12.3);
    expect(r1(12.35)).toBe(12.4);
    expect(Object.is(r1(-0.01), 0)).toBe(true);
  });
});

describe("attrs(map) and tag(name, attributes, children)", () => {
  it("rounds numbers, escapes strings and leaves out null, undefined and false", () => {
    expect(attrs({ x: 1.26, title: 'a"b', hidden: false, fill: null, y: undefined })).toBe(' x="1.3" title="a&quot;b"');
  });

  it("self-closes an element without children", () => {
    expect(tag("rect", { width: 2 })).toBe('<rect width="2"/>');
    expect(tag("text", { x: 0 }, "A")).toBe('<text x="0">A</text>');
  });
});

describe("chartId(idPrefix, name)", () => {
  it("joins the prefix and the name", () => {
    expect(chartId("coverage-vi", "title")).toBe("coverage-vi-title");
  });

  it("refuses a prefix that would make an invalid or unsafe id", () => {
    expect(() => chartId("1chart", "title")).toThrow(/idPrefix/);
    expect(() => chartId('a" onload="x', "title")).toThrow(/idPrefix/);
  });
});

describe("wrapText(text, fontSize, maxWidth)", () => {
  it("breaks between words when a line would grow too wide", () => {
    expect(wrapText("Tỉnh có cán bộ được tập huấn", 10, 60)).toEqual(["Tỉnh có cán", "bộ được tập", "huấn"]);
  });
});

describe("placeLabel(text, fontSize, spots, bounds, taken, lines)", () => {
  const bounds = { x0: 0, x1: 200, y0: 0, y1: 100 };

  it("skips a spot that overlaps a taken box and takes the next free one", () => {
    const taken = [{ x0: 0, x1: 50, y0: 30, y1: 50 }];
    const spot = placeLabel("ab", 10, [{ x: 10, y: 45, anchor: "start" }, { x: 100, y: 45, anchor: "start" }], bounds, taken, []);
    expect(spot).toEqual({ x: 100, y: 45, anchor: "start" });
    expect(taken).toHaveLength(2);
  });

  it("skips a spot crossed by a line and returns null when nothing is free", () => {
    const line: [number, number][] = [[0, 40], [200, 40]];
    expect(placeLabel("ab", 10, [{ x: 10, y: 45, anchor: "start" }, { x: 190, y: 45, anchor: "start" }], bounds, [], [line])).toBeNull();
  });
});

describe("svgDocument(frame, body)", () => {
  const frame = { width: 360, height: 200, title: "Tiêu đề", desc: "Mô tả", idPrefix: "c1", kind: "bar-chart" };

  it("names the image by its title and description", () => {
    const svg = svgDocument(frame, "");
    expect(svg).toContain('viewBox="0 0 360 200"');
    expect(svg).toContain('width="100%"');
    expect(svg).toContain('role="img" aria-labelledby="c1-title c1-desc"');
    expect(svg).toContain('<title id="c1-title">Tiêu đề</title><desc id="c1-desc">Mô tả</desc>');
  });

  it("is a group, not an image, when it holds links, so screen readers reach them", () => {
    expect(svgDocument({ ...frame, interactive: true }, "")).toContain('role="group"');
  });
});
