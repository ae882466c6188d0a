/** Vertical columns per year with their values on top, drawn as an SVG string: a province's officials by year. */
import { max, range } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { formatNumber, formatPercent } from "../i18n/format.ts";
import { labelEvery } from "./label-step.ts";
import { type Box, COMPACT_BELOW, INK, svgDocument, tag, textWidth, typeSizes, type ChartOptions } from "./svg.ts";
import { escapeXml } from "../text/escape.ts";

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

/** Highlighted columns first, then the largest values, then the rest left to right: the order values claim room for their labels. */
function labelOrder(columns: readonly ColumnPoint[]): number[] {
  const rank = (c: ColumnPoint) => (c.highlight ? 2 : c.value > 0 ? 1 : 0);
  return columns.map((_, i) => i).sort((a, b) => rank(columns[b]!) - rank(columns[a]!) || columns[b]!.value - columns[a]!.value || a - b);
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
  // Values wider than a column alternate between two heights, so neighbours can both be shown.
  const stagger = (max(columns, (c) => textWidth(format(c.value), size.text, true)) ?? 0) > step - 4;
  const ticks = tickIndices(columns, labelEvery(max(columns, (c) => textWidth(String(c.x), size.small)) ?? 0, step, 6));
  const top = (size.text + 6) * (stagger ? 2 : 1);
  const baseline = height - size.small - 10;
  const y = scaleLinear()
    .domain([0, max(columns, (c) => c.value) || 1])
    .range([baseline, top]);

  // A value label goes where it clears every label already placed and every other column; one with no room is left to the column's tooltip.
  const bars: Box[] = columns.map((c) => ({ x0: x(String(c.x)) ?? 0, x1: (x(String(c.x)) ?? 0) + x.bandwidth(), y0: y(c.value), y1: baseline }));
  const valueAt = new Map<number, number>();
  const placed: Box[] = [];
  for (const i of labelOrder(columns)) {
    const c = columns[i]!;
    const half = textWidth(format(c.value), size.text, c.highlight) / 2;
    const centre = bars[i]!.x0 + x.bandwidth() / 2;
    const own = y(c.value) - 6;
    // Odd columns lift first; zeros stay on one line; the highlighted value may rise above its taller neighbours.
    const lifted = own - size.text - 6;
    const spots = !stagger || c.value === 0 ? [own] : i % 2 === 1 ? [lifted, own] : [own, lifted];
    if (c.highlight) spots.push(Math.min(own, ...bars.filter((b) => b.x1 + 2 > centre - half && b.x0 - 2 < centre + half).map((b) => b.y0 - 6)));
    for (const ly of spots) {
      const box = { x0: centre - half, x1: centre + half, y0: ly - size.text, y1: ly + size.text * 0.3 };
      const clear = (b: Box) => box.x1 + 2 <= b.x0 || b.x1 + 2 <= box.x0 || box.y1 <= b.y0 || b.y1 <= box.y0;
      if (placed.every(clear) && bars.every((b, j) => j === i || clear(b))) {
        placed.push(box);
        valueAt.set(i, ly);
        break;
      }
    }
  }

  const drawColumn = (c: ColumnPoint, i: number): string => {
    const left = bars[i]!.x0;
    const centre = left + x.bandwidth() / 2;
    const bar = c.value > 0 ? tag("rect", { x: left, y: y(c.value), width: x.bandwidth(), height: baseline - y(c.value), fill: c.highlight ? INK.main : INK.secondary }) : "";
    const ly = valueAt.get(i);
    const tooltip = ly === undefined ? tag("title", {}, escapeXml(`${c.x}: ${format(c.value)}`)) : "";
    const value =
      ly === undefined
        ? ""
        : tag("text", { x: centre, y: ly, "text-anchor": "middle", fill: c.highlight ? INK.main : "#1a1a1a", "font-weight": c.highlight ? "bold" : null }, escapeXml(format(c.value)));
    const tick = ticks.has(i)
      ? tag("text", { x: centre, y: height - 4, "text-anchor": "middle", fill: INK.axis, "font-size": size.small, "font-weight": c.highlight ? "bold" : null }, escapeXml(String(c.x)))
      : "";
    return tag("g", { class: c.highlight ? "column highlight" : "column", "data-x": String(c.x) }, tooltip + bar + value + tick);
  };

  const axis = tag("line", { x1: 0, x2: width, y1: baseline + 0.5, y2: baseline + 0.5, stroke: INK.axis, "aria-hidden": "true" });
  const body = tag("g", { "font-size": size.text }, columns.map(drawColumn).join("") + axis);
  return svgDocument({ width, height, title: options.title, desc: options.desc, idPrefix: options.idPrefix, kind: "column-chart" }, body);
}
