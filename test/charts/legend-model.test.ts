import { describe, expect, it } from "vitest";
import { NO_VALUE } from "../../src/charts/scales.ts";
import { formatNumber } from "../../src/i18n/format.ts";
import { legendModel } from "../../src/charts/legend-model.ts";

const colours = ["#c0", "#c1", "#c2", "#c3", "#c4"];

describe("legendModel(scale, bounds, noValue)", () => {
  it("writes count ranges from 1 with an open top class, then the no-value swatch", () => {
    expect(legendModel({ thresholds: [2, 5, 8, 13], colours }, { min: 1, max: null }, "Chưa có")).toEqual([
      { colour: "#c0", label: "1" },
      { colour: "#c1", label: "2–4" },
      { colour: "#c2", label: "5–7" },
      { colour: "#c3", label: "8–12" },
      { colour: "#c4", label: "≥ 13" },
      { colour: NO_VALUE, label: "Chưa có" },
    ]);
  });

  it("writes year ranges closed by the last year", () => {
    const scale = { thresholds: [2012, 2014, 2015, 2017], colours };
    expect(legendModel(scale, { min: 2010, max: 2018 }, "Not yet").map((item) => item.label)).toEqual([
      "2010–2011",
      "2012–2013",
      "2014",
      "2015–2016",
      "2017–2018",
      "Not yet",
    ]);
  });

  it("leaves out classes with no whole number inside the bounds and keeps the others' colours", () => {
    const scale = { thresholds: [2012, 2014, 2015, 2017], colours };
    expect(legendModel(scale, { min: 2014, max: 2015 }, "Chưa có")).toEqual([
      { colour: "#c2", label: "2014" },
      { colour: "#c3", label: "2015" },
      { colour: NO_VALUE, label: "Chưa có" },
    ]);
  });

  it("formats numbers with the given formatter", () => {
    const scale = { thresholds: [1000, 2000], colours: ["#a", "#b", "#c"] };
    const bounds = { min: 1, max: null, format: (n: number) => formatNumber(n, "vi") };
    expect(legendModel(scale, bounds, "Chưa có").map((item) => item.label)).toEqual([
      "1–999",
      "1.000–1.999",
      "≥ 2.000",
      "Chưa có",
    ]);
  });
});
