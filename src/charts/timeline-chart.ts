/** The courses since 2010 as an SVG string: one track per programme, one linked mark per course year. */
import { max, min, range } from "d3-array";
import { scaleLinear } from "d3-scale";
import { formatNumber } from "../i18n/format.ts";
import { labelEvery } from "./label-step.ts";
import { COMPACT_BELOW, INK, svgDocument, tag, textWidth, typeSizes, type ChartOptions } from "./svg.ts";
import { escapeXml } from "../text/escape.ts";

export interface TimelineItem {
  id: string;
  year: number;
  /** A key of `labels.programmes`: the track the course is drawn on. */
  programme: string;
  /** Names the course in the mark's tooltip and link, e.g. "Khóa nâng cao 2018". */
  label: string;
  /** Officials trained, or null when not published. */
  value: number | null;
  href: string;
}

export interface TimelineChartOptions extends ChartOptions {
  /** Years run down the page, programmes across; defaults to width < 560, and always so when the marks would not fit across. */
  compact?: boolean;
  /** Defaults to the first and last course years. */
  firstYear?: number;
  lastYear?: number;
  /** Programme names in the order of their tracks (the contract's), and the word for a headcount not published. */
  labels: { programmes: Record<string, string>; notPublished: string };
}

const R = 9;

/** timelineChart([{id: "2018-advanced", year: 2018, programme: "advanced", label, value: 30, href}], options) → "<svg …>". */
export function timelineChart(items: readonly TimelineItem[], options: TimelineChartOptions): string {
  const { width, lang, labels } = options;
  const PROGRAMMES = Object.keys(labels.programmes);
  const compact = options.compact ?? width < COMPACT_BELOW;
  const size = typeSizes(compact);
  const first = options.firstYear ?? min(items, (i) => i.year) ?? 2010;
  const last = Math.max(options.lastYear ?? max(items, (i) => i.year) ?? first, first);
  const years = range(first, last + 1);
  const hasUnknown = items.some((i) => i.value === null);
  const legendHeight = hasUnknown ? size.small + 16 : 0;
  const valueText = (i: TimelineItem) => (i.value === null ? "–" : formatNumber(i.value, lang));
  const left = Math.ceil(Math.max(...PROGRAMMES.map((p) => textWidth(labels.programmes[p] ?? p, size.text, true)))) + 16;
  const x = scaleLinear().domain([first, Math.max(last, first + 1)]).range([left + R + 4, width - R - 14]);
  // Across, a course year needs room for its mark's link and its value; with too many years they run down the page instead.
  const markRoom = Math.max(34, (max(items, (i) => textWidth(valueText(i), size.text, true)) ?? 0) + 6);
  const across = !compact && x(first + 1) - x(first) >= markRoom;

  let height: number;
  let place: (year: number, track: number) => [number, number];
  let valueAt: (cx: number, cy: number) => Record<string, string | number>;
  let frame: string;
  if (!across) {
    const head = size.text + 16;
    const trackWidth = (width - 56) / PROGRAMMES.length;
    height = head + years.length * 34 + legendHeight;
    place = (year, track) => [56 + trackWidth * (track + 0.3), head + (year - first) * 34 + 17];
    valueAt = (cx, cy) => ({ x: cx + R + 6, y: cy, dy: "0.35em" });
    frame =
      PROGRAMMES.map((p, t) => tag("text", { x: 56 + trackWidth * (t + 0.3), y: size.text, "text-anchor": "middle", "font-weight": "bold", fill: "#1a1a1a" }, escapeXml(labels.programmes[p] ?? p))).join("") +
      years.map((year) => tag("text", { x: 0, y: head + (year - first) * 34 + 17, dy: "0.35em", fill: INK.axis, "font-size": size.small }, String(year))).join("");
  } else {
    const every = labelEvery(textWidth("2020", size.small), x(first + 1) - x(first), 10);
    height = PROGRAMMES.length * 60 + size.small + 14 + legendHeight;
    place = (year, track) => [x(year), 20 + track * 60];
    valueAt = (cx, cy) => ({ x: cx, y: cy + R + size.text + 2, "text-anchor": "middle" });
    frame =
      PROGRAMMES.map((p, t) =>
        tag("text", { x: left - 8, y: 20 + t * 60, dy: "0.35em", "text-anchor": "end", "font-weight": "bold", fill: "#1a1a1a" }, escapeXml(labels.programmes[p] ?? p)) +
        tag("line", { x1: left, x2: width, y1: 20.5 + t * 60, y2: 20.5 + t * 60, stroke: INK.grid, "aria-hidden": "true" }),
      ).join("") +
      years.filter((year) => (year - first) % every === 0).map((year) =>
        tag("text", { x: x(year), y: PROGRAMMES.length * 60 + size.small, "text-anchor": "middle", fill: INK.axis, "font-size": size.small, "aria-hidden": "true" }, String(year)),
      ).join("");
  }

  const marks = items.map((item) => {
    const [cx, cy] = place(item.year, PROGRAMMES.indexOf(item.programme));
    const name = `${item.label}: ${item.value === null ? labels.notPublished : formatNumber(item.value, lang)}`;
    return tag("a", { href: item.href, class: "timeline-mark", "data-id": item.id },
      tag("title", {}, escapeXml(name)) +
      tag("rect", { x: cx - 17, y: cy - 17, width: across ? 34 : 34 + R + 6 + textWidth(valueText(item), size.text), height: across ? 34 + size.text : 34, fill: "transparent" }) +
      tag("circle", { cx, cy, r: R, fill: item.value === null ? "#fff" : INK.main, stroke: INK.main, "stroke-width": 2 }) +
      tag("text", { ...valueAt(cx, cy), fill: item.value === null ? INK.axis : INK.main, "font-weight": "bold" }, escapeXml(valueText(item))));
  }).join("");
  const legend = hasUnknown
    ? tag("g", { class: "legend", "font-size": size.small },
        tag("circle", { cx: R + 1, cy: height - size.small * 0.4 - 4, r: R - 2, fill: "#fff", stroke: INK.main, "stroke-width": 2 }) +
        tag("text", { x: 2 * R + 8, y: height - 4, fill: INK.axis }, escapeXml(`– ${labels.notPublished}`)))
    : "";
  const body = tag("g", { "font-size": size.text }, frame + marks + legend);
  return svgDocument({ width, height, title: options.title, desc: options.desc, idPrefix: options.idPrefix, kind: "timeline-chart", interactive: items.length > 0 }, body);
}
