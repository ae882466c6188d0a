/** Provinces reached, as a share of all, against the strategy's targets: an SVG string drawn with d3, no DOM. */
import { max, min } from "d3-array";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { formatNumber, formatPercent } from "../i18n/format.ts";
import { yearStep } from "./label-step.ts";
import { type Box, COMPACT_BELOW, INK, type LabelSpot, placeLabel, r1, svgDocument, tag, textWidth, typeSizes, wrapText, type ChartOptions } from "./svg.ts";
import { escapeXml } from "../text/escape.ts";

export interface ProgressInput {
  /** Cumulative provinces reached by the end of each year; share is count / total, 0–1. */
  points: readonly { year: number; count: number; share: number }[];
  total: number;
  /** Shares 0–1; `label` names the target in the marker's tooltip, e.g. "Quyết định 1419/QĐ-TTg". */
  targets: readonly { year: number; share: number; label: string }[];
  projection: { points: readonly { year: number; share: number }[] } | null;
  /** Years whose figure rests on sample (illustrative) rows: drawn as hollow points, explained in a key, the last value marked. */
  sampleYears?: readonly number[];
}

export interface ProgressChartOptions extends ChartOptions {
  height: number;
  /** `projection` names the year the projection reaches the target ("Projected to reach the target"); `sample` explains hollow points, `sampleShort` marks a sample value. */
  labels: { projection: string; target: string; yAxis: string; xAxis: string; sample?: string; sampleShort?: string; solid?: string };
}

const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
const HALO = { stroke: "#fff", "stroke-width": 4, "paint-order": "stroke", "stroke-linejoin": "round" };

/** progressChart({points, total: 63, targets, projection: null}, options) → "<svg …>" with labelled targets and last value. */
export function progressChart(input: ProgressInput, options: ProgressChartOptions): string {
  const sample = input.points.some((p) => input.sampleYears?.includes(p.year));
  if (sample && !(options.labels.sample && options.labels.sampleShort)) throw new Error("sample points need labels.sample and labels.sampleShort");
  // A label with no free spot beside its mark moves to the key under the chart; the key's growth shrinks the plot, so redraw.
  const inKey = new Set<string>();
  const labels = input.targets.length + 2;
  // Each round moves at least one label to the key, so there are never more rounds than labels.
  for (let round = 0; ; round++) {
    const { svg, unplaced } = drawProgress(input, options, inKey);
    if (unplaced.length === 0 || round > labels) return svg;
    for (const id of unplaced) inKey.add(id);
  }
}

const diamondPath = (cx: number, cy: number, r: number) =>
  `M${r1(cx)},${r1(cy - r)}L${r1(cx + r)},${r1(cy)}L${r1(cx)},${r1(cy + r)}L${r1(cx - r)},${r1(cy)}Z`;

function drawProgress(input: ProgressInput, options: ProgressChartOptions, inKey: ReadonlySet<string>): { svg: string; unplaced: string[] } {
  const { width, height, lang, labels } = options;
  const total = input.total;
  const size = typeSizes(options.compact ?? width < COMPACT_BELOW);
  const projected = input.projection?.points ?? [];
  const hollow = new Set(input.sampleYears ?? []);
  const pct = (share: number) => formatPercent(share, lang, 1).replace(/[.,]0%$/u, "%");
  const ofTotal = (count: number) => `${formatNumber(count, lang)}/${formatNumber(total, lang)}`;
  const lastPoint = input.points.at(-1);
  const end = projected.at(-1);
  const texts = new Map<string, string>();
  if (lastPoint) texts.set("last", `${pct(lastPoint.share)} (${ofTotal(lastPoint.count)})${hollow.has(lastPoint.year) ? ` · ${labels.sampleShort}` : ""}`);
  input.targets.forEach((t, i) => texts.set(`target-${i}`, `${labels.target}: ${pct(t.share)} · ${t.year}`));
  // The projection ends where it meets the target: its label gives that year, not the target's level again.
  if (end) texts.set("projection", `${labels.projection}: ${end.year}`);

  const key: [string, string][] = [];
  if (input.points.some((p) => hollow.has(p.year))) {
    key.push([tag("circle", { cx: 12, cy: -5, r: 4.5, fill: "#fff", stroke: INK.main, "stroke-width": 2 }), labels.sample ?? ""]);
    if (labels.solid && input.points.some((p) => !hollow.has(p.year))) key.push([tag("circle", { cx: 12, cy: -5, r: 5, fill: INK.main, stroke: INK.main, "stroke-width": 2 }), labels.solid]);
  }
  if (lastPoint && inKey.has("last")) {
    const open = hollow.has(lastPoint.year);
    key.push([tag("circle", { cx: 12, cy: -5, r: 5, fill: open ? "#fff" : INK.main, stroke: INK.main, "stroke-width": 2 }), `${texts.get("last")} · ${lastPoint.year}`]);
  }
  input.targets.forEach((_, i) => inKey.has(`target-${i}`) && key.push([tag("path", { d: diamondPath(12, -5, 7), fill: INK.target }), texts.get(`target-${i}`) ?? ""]));
  if (inKey.has("projection")) key.push([tag("line", { x1: 0, x2: 24, y1: -5, y2: -5, stroke: INK.secondary, "stroke-width": 2.5, "stroke-dasharray": "8 5" }), texts.get("projection") ?? ""]);

  const years = [...input.points, ...input.targets, ...projected].map((p) => p.year);
  const first = min(input.points, (p) => p.year) ?? min(years) ?? 0;
  const last = Math.max(max(years) ?? first, first + 1);
  const yTitle = wrapText(labels.yAxis, size.text, width);
  const left = Math.ceil(textWidth(formatPercent(1, lang, 0), size.small)) + 10;
  const top = yTitle.length * (size.text + 4) + 14;
  const bottom = height - (size.small + 12) * (2 + key.length) - 4;
  const x = scaleLinear().domain([first, last]).range([left + 10, width - Math.max(10, textWidth(String(last), size.small) / 2 + 2)]);
  const y = scaleLinear().domain([0, 1]).range([bottom, top]);

  const perYear = x(first + 1) - x(first);
  const step = yearStep(perYear, textWidth("2020", size.small) + 12);
  const yearTicks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) yearTicks.push(year);
  const axes = tag("g", { class: "axes", "font-size": size.small, "aria-hidden": "true" },
    Y_TICKS.map((t) =>
      tag("line", { x1: left, x2: width, y1: r1(y(t)) + 0.5, y2: r1(y(t)) + 0.5, stroke: t === 0 ? INK.axis : INK.grid }) +
      tag("text", { x: left - 6, y: y(t), dy: "0.35em", "text-anchor": "end", fill: INK.axis }, escapeXml(formatPercent(t, lang, 0))),
    ).join("") +
    yearTicks.map((year) =>
      tag("line", { x1: x(year), x2: x(year), y1: bottom, y2: bottom + 5, stroke: INK.axis }) +
      tag("text", { x: x(year), y: bottom + size.small + 6, "text-anchor": "middle", fill: INK.axis }, String(year)),
    ).join("") +
    yTitle.map((text, i) => tag("text", { x: 0, y: (i + 1) * (size.text + 4) - 4, fill: INK.axis, "font-size": size.text }, escapeXml(text))).join("") +
    tag("text", { x: width - 2, y: bottom + 2 * size.small + 16, "text-anchor": "end", fill: INK.axis }, escapeXml(labels.xAxis)));

  const path = line().digits(1);
  const actual: [number, number][] = input.points.map((p) => [x(p.year), y(p.share)]);
  const projectedLine: [number, number][] = projected.map((p) => [x(p.year), y(p.share)]);
  if (lastPoint && projected[0] && projected[0].year > lastPoint.year) projectedLine.unshift([x(lastPoint.year), y(lastPoint.share)]);
  const guides = input.targets.map((t): [number, number][] => [[left, y(t.share)], [width, y(t.share)]]);
  const bounds: Box = { x0: 0, x1: width, y0: top - size.text, y1: bottom - 2 };
  const taken: Box[] = [...input.targets, ...input.points].map((p) => ({ x0: x(p.year) - 7, x1: x(p.year) + 7, y0: y(p.share) - 7, y1: y(p.share) + 7 }));
  const lines = [actual, projectedLine, ...guides];
  const around = (px: number, py: number, gap: number): LabelSpot[] => [-1, 1, 2].flatMap((row) => {
    const ly = row === -1 ? py - gap : py + gap + size.text * (0.7 + (row - 1) * 1.1);
    return [{ x: px - gap, y: ly, anchor: "end" as const }, { x: px + gap, y: ly, anchor: "start" as const }];
  }).concat([{ x: px + gap, y: py + size.text * 0.35, anchor: "start" }, { x: px - gap, y: py + size.text * 0.35, anchor: "end" }]);
  const unplaced: string[] = [];
  const label = (id: string, spots: LabelSpot[], bold: boolean): LabelSpot | null => {
    if (inKey.has(id)) return null;
    const at = placeLabel(texts.get(id) ?? "", size.text, spots, bounds, taken, lines, bold);
    if (!at) unplaced.push(id);
    return at;
  };
  const text = (id: string, at: LabelSpot | null, style: Record<string, string>) =>
    at ? tag("text", { ...HALO, x: at.x, y: at.y, "text-anchor": at.anchor, ...style }, escapeXml(texts.get(id) ?? "")) : "";

  // Placed in order of need: the latest figure, then the projection (few spots fit), then the targets (room at either end).
  const lastAt = lastPoint ? label("last", around(x(lastPoint.year), y(lastPoint.share), 10), true) : null;
  const projection = end
    ? tag("g", { class: "projection" },
        tag("path", { d: path(projectedLine) ?? "", fill: "none", stroke: INK.secondary, "stroke-width": 2.5, "stroke-dasharray": "8 5" }) +
        text("projection", label("projection", around(x(end.year), y(end.share), 10), false), { fill: INK.axis, "font-style": "italic" }))
    : "";
  const targets = input.targets.map((t, i) => {
    const [tx, ty] = [x(t.year), y(t.share)];
    const spots = [ty - 8, ty + size.text + 4].flatMap((ly): LabelSpot[] => [
      { x: tx + 12, y: ly, anchor: "start" }, { x: tx - 12, y: ly, anchor: "end" }, { x: left + 6, y: ly, anchor: "start" }, { x: width - 2, y: ly, anchor: "end" },
    ]);
    const needed = `≥ ${ofTotal(Math.ceil(t.share * total - 1e-9))}`;
    return tag("g", { class: "target" },
      tag("line", { x1: left, x2: width, y1: r1(ty) + 0.5, y2: r1(ty) + 0.5, stroke: INK.target }) +
      tag("path", { d: diamondPath(tx, ty, 8), fill: INK.target, stroke: "#fff", "stroke-width": 1.5 }, tag("title", {}, escapeXml(`${t.label}: ${pct(t.share)} (${needed})`))) +
      text(`target-${i}`, label(`target-${i}`, spots, true), { fill: INK.target, "font-weight": "bold" }));
  }).join("");
  const actualLine = tag("path", { class: "actual", d: path(actual) ?? "", fill: "none", stroke: INK.main, "stroke-width": 3, "stroke-linejoin": "round" }) +
    input.points.map((p) => {
      const open = hollow.has(p.year);
      return tag("circle", { cx: x(p.year), cy: y(p.share), r: open ? 4.5 : 5, fill: open ? "#fff" : INK.main, stroke: INK.main, "stroke-width": 2, class: open ? "sample" : null },
        tag("title", {}, escapeXml(`${p.year}: ${pct(p.share)} (${ofTotal(p.count)})${open ? ` · ${labels.sampleShort}` : ""}`)));
    }).join("") +
    text("last", lastAt, { class: "last-value", fill: INK.main, "font-weight": "bold" });
  const keyRows = key.map(([sample, entry], i) => {
    const baseline = height - 4 - (key.length - 1 - i) * (size.small + 12);
    return tag("g", { transform: `translate(0 ${baseline})` }, sample + tag("text", { x: 32, y: 0, fill: INK.axis }, escapeXml(entry)));
  }).join("");
  const body = tag("g", { "font-size": size.text }, axes + targets + projection + actualLine + tag("g", { class: "key", "font-size": size.small }, keyRows));
  const svg = svgDocument({ width, height, title: options.title, desc: options.desc, idPrefix: options.idPrefix, kind: "progress-chart" }, body);
  return { svg, unplaced };
}
