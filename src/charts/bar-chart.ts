/** Horizontal bars with direct labels, drawn as an SVG string: officials by region, by organisation type… */
import { max } from "d3-array";
import { scaleLinear } from "d3-scale";
import { formatNumber, formatPercent } from "../i18n/format.ts";
import { COMPACT_BELOW, INK, svgDocument, tag, textWidth, typeSizes, wrapText, type ChartOptions } from "./svg.ts";
import { escapeXml } from "../text/escape.ts";

export interface BarRow {
  id: string;
  label: string;
  value: number;
  /** A page about this row: the whole row becomes a link. */
  href?: string;
  /** A short remark shown after the value, e.g. "1 khóa". */
  note?: string;
}

export interface BarChartOptions extends ChartOptions {
  /** Labels above the bars instead of beside them; defaults to width < 560. */
  compact?: boolean;
  /** Values are shares 0–1, shown as "77,8%"; otherwise counts, "1.234". */
  percent?: boolean;
  /** The value a full bar stands for; defaults to the largest value. */
  max?: number;
}

const BAR = 20;
const GAP = 12;

/** barChart([{id: "RRD", label: "Đồng bằng sông Hồng", value: 45}], options) → "<svg …>"; rows keep their order. */
export function barChart(rows: readonly BarRow[], options: BarChartOptions): string {
  const { width, lang } = options;
  const compact = options.compact ?? width < COMPACT_BELOW;
  const size = typeSizes(compact);
  const format = (v: number) => (options.percent ? formatPercent(v, lang) : formatNumber(v, lang));
  const valueText = (row: BarRow) => format(row.value) + (row.note ? ` · ${row.note}` : "");
  const labelRoom = max(rows, (row) => textWidth(row.label, size.text)) ?? 0;
  const stacked = compact || labelRoom > width * 0.4;
  const left = stacked ? 0 : Math.ceil(labelRoom) + 10;
  const right = Math.ceil(max(rows, (row) => textWidth(valueText(row), size.text, true)) ?? 0) + 8;
  // Stacked labels wrap to the chart's width; each row is as tall as its lines.
  const lines = rows.map((row) => (stacked ? wrapText(row.label, size.text, width) : [row.label]));
  const lineHeight = size.text + 4;
  const rowHeights = lines.map((l) => (stacked ? l.length * lineHeight + 2 + BAR + GAP : BAR + GAP));
  const tops = rowHeights.map((_, i) => rowHeights.slice(0, i).reduce((a, b) => a + b, 0));
  const height = rowHeights.reduce((a, b) => a + b, 0) + 2;
  const x = scaleLinear()
    .domain([0, options.max ?? max(rows, (row) => row.value) ?? 1])
    .range([left + 1, width - right]);

  const drawRow = (row: BarRow, i: number): string => {
    const rowLines = lines[i] ?? [row.label];
    const top = (tops[i] ?? 0) + (stacked ? rowLines.length * lineHeight + 2 : GAP / 2);
    const middle = top + BAR / 2;
    const end = Math.max(x(row.value), left + 1);
    const ink = { fill: row.href ? INK.main : "#1a1a1a", "text-decoration": row.href ? "underline" : null };
    const label = stacked
      ? tag("text", { x: 0, y: (tops[i] ?? 0) + size.text, ...ink }, rowLines.length === 1 ? escapeXml(row.label) : rowLines.map((line, n) => tag("tspan", { x: 0, dy: n === 0 ? null : lineHeight }, escapeXml(line))).join(""))
      : tag("text", { x: left - 10, y: middle, dy: "0.35em", "text-anchor": "end", ...ink }, escapeXml(row.label));
    const note = row.note ? tag("tspan", { fill: INK.axis }, escapeXml(` · ${row.note}`)) : "";
    const value = tag("text", { x: end + 6, y: middle, dy: "0.35em", fill: INK.main, "font-weight": "bold" }, escapeXml(format(row.value)) + note);
    const bar = tag("rect", { x: left + 1, y: top, width: end - left - 1, height: BAR, fill: INK.secondary });
    const content = label + bar + value;
    const body = row.href
      ? tag("a", { href: row.href, class: "bar-link" }, tag("rect", { x: 0, y: tops[i] ?? 0, width, height: rowHeights[i] ?? 0, fill: "transparent" }) + content)
      : content;
    return tag("g", { class: "bar-row", "data-id": row.id }, body);
  };

  const axis = stacked ? "" : tag("line", { x1: left + 0.5, x2: left + 0.5, y1: 0, y2: height, stroke: INK.axis, "aria-hidden": "true" });
  const body = tag("g", { "font-size": size.text }, rows.map(drawRow).join("") + axis);
  return svgDocument(
    { width, height, title: options.title, desc: options.desc, idPrefix: options.idPrefix, kind: "bar-chart", interactive: rows.some((r) => r.href) },
    body,
  );
}
