/** Vertical columns per year with their values on top, drawn as an SVG string: a province's officials by year. */
import { max, range } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { formatNumber, formatPercent } from "../i18n/format.ts";
import { COMPACT_BELOW, escapeXml, INK, svgDocument, tag, textWidth, typeSizes, type ChartOptions } from "./svg.ts";

export interface ColumnPoint {
  /** A year, or any category label. */
  x: number | string;
  value: number;
  /** Drawn darker with a bold value, e.g. the year the page is about. */
  highlight?: boolean;
}

export interface ColumnChartOptions extends ChartOptions {
  height: number;
  /** Values are shares 0–1, shown as "77,8%". */
  percent?: boolean;
}

/** Every year from the first to the last, a missing year as 0, so a gap shows as a gap: [2015, 2017] → 2015, 2016, 2017. */
export function fillYears(points: readonly ColumnPoint[]): ColumnPoint[] {
  if (points.length === 0 || !points.every((p) => typeof p.x === "number" && Number.isInteger(p.x))) return [...points];
  const years = points.map((p) => p.x as number);
  const byYear = new Map(points.map((p) => [p.x, p]));
  return range(Math.min(...years), Math.max(...years) + 1).map((year) => byYear.get(year) ?? { x: year, value: 0 });
}

/** Which columns get an x label: highlighted ones, then every n-th that keeps clear of them. */
function tickIndices(columns: readonly ColumnPoint[], every: number): Set<number> {
  const chosen = columns.flatMap((c, i) => (c.highlight ? [i] : []));
  for (let i = 0; i < columns.length; i += every) if (chosen.every((j) => Math.abs(i - j) >= every)) chosen.push(i);
  return new Set(chosen);
}

/** columnChart([{x: 2017, value: 2}, {x: 2018, value: 3, highlight: true}], options) → "<svg …>". */
export function columnChart(points: readonly ColumnPoint[], options: ColumnChartOptions): string {
  const { width, height, lang } = options;
  const size = typeSizes(options.compact ?? width < COMPACT_BELOW);
  const format = (v: number) => (options.percent ? formatPercent(v, lang) : formatNumber(v, lang));
  const columns = fillYears(points);
  const x = scaleBand<string>()
    .domain(columns.map((c) => String(c.x)))
    .range([0, width])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  // Room at both ends for labels wider than their column.
  const widest = max(columns, (c) => Math.max(textWidth(format(c.value), size.text, true), textWidth(String(c.x), size.small))) ?? 0;
  const pad = Math.max(0, widest / 2 - x.bandwidth() / 2 - x.step() * x.paddingOuter()) + 1;
  x.range([pad, width - pad]);
  const step = x.step();
  // Values wider than a column alternate between two heights so neighbours never overlap.
  const stagger = (max(columns, (c) => textWidth(format(c.value), size.text, true)) ?? 0) > step - 4;
  const xLabelEvery = Math.ceil((max(columns, (c) => textWidth(String(c.x), size.small)) ?? 0) / (step - 6));
  const ticks = tickIndices(columns, xLabelEvery);
  const top = (size.text + 6) * (stagger ? 2 : 1);
  const baseline = height - size.small - 10;
  const y = scaleLinear()
    .domain([0, max(columns, (c) => c.value) || 1])
    .range([baseline, top]);

  const drawColumn = (c: ColumnPoint, i: number): string => {
    const left = x(String(c.x)) ?? 0;
    const centre = left + x.bandwidth() / 2;
    const lift = stagger && i % 2 === 1 ? size.text + 6 : 0;
    const bar = c.value > 0 ? tag("rect", { x: left, y: y(c.value), width: x.bandwidth(), height: baseline - y(c.value), fill: c.highlight ? INK.main : INK.secondary }) : "";
    const value = tag(
      "text",
      { x: centre, y: y(c.value) - 6 - lift, "text-anchor": "middle", fill: c.highlight ? INK.main : "#1a1a1a", "font-weight": c.highlight ? "bold" : null },
      escapeXml(format(c.value)),
    );
    const tick = ticks.has(i)
      ? tag("text", { x: centre, y: height - 4, "text-anchor": "middle", fill: INK.axis, "font-size": size.small, "font-weight": c.highlight ? "bold" : null }, escapeXml(String(c.x)))
      : "";
    return tag("g", { class: c.highlight ? "column highlight" : "column", "data-x": String(c.x) }, bar + value + tick);
  };

  const axis = tag("line", { x1: 0, x2: width, y1: baseline + 0.5, y2: baseline + 0.5, stroke: INK.axis, "aria-hidden": "true" });
  const body = tag("g", { "font-size": size.text }, columns.map(drawColumn).join("") + axis);
  return svgDocument({ width, height, title: options.title, desc: options.desc, idPrefix: options.idPrefix, kind: "column-chart" }, body);
}
