/** Shared pieces of the charts drawn as SVG strings: escaping, attributes, ids, type sizes and the outer frame. */
import type { Lang } from "../i18n/format.ts";
import { escapeXml } from "../text/escape.ts";
import metrics from "./font-metrics.json" with { type: "json" };
import { SEQUENTIAL } from "./scales.ts";

/** What every chart is given: its width, language, accessible name and description, and an id prefix. */
export interface ChartOptions {
  width: number;
  lang: Lang;
  title: string;
  desc: string;
  /** Starts every id in the chart, so several charts can share a page. */
  idPrefix: string;
  /** The narrow layout for phones; defaults to width < 560. */
  compact?: boolean;
}

/** Colours on white, with their contrast ratios (WCAG: text ≥ 4.5:1, graphics ≥ 3:1). */
export const INK = {
  /** #253494, 10.5:1: main series, its text and links. */
  main: SEQUENTIAL[4],
  /** #2c7fb8, 4.3:1: bars, columns and the projection line, never text. */
  secondary: SEQUENTIAL[3],
  /** 4.9:1: targets, distinct in hue and lightness from the blues. */
  target: "#b35806",
  /** 7:1: axes, ticks and secondary text. */
  axis: "#595959",
  /** Grid lines only: they repeat what the labels already say. */
  grid: "#d9d9d9",
} as const;

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** Font sizes in viewBox units; a compact chart (drawn about 360 wide) stays ≥ 12 px on a 330 px column. */
export function typeSizes(compact: boolean): { text: number; small: number } {
  return compact ? { text: 15, small: 14 } : { text: 14, small: 13 };
}

/** Charts narrower than this are laid out for phones unless told otherwise. */
export const COMPACT_BELOW = 560;

/** Rounds to one decimal so the SVG stays small and stable: 12.345 → 12.3, -0 → 0. */
export function r1(n: number): number {
  return Math.round(n * 10) / 10 || 0;
}


export type AttrValue = string | number | boolean | null | undefined;

/** ` k="v"` for each attribute; numbers rounded, strings escaped, null/undefined/false left out. */
export function attrs(map: Record<string, AttrValue>): string {
  let out = "";
  for (const [key, value] of Object.entries(map)) {
    if (value === null || value === undefined || value === false) continue;
    const text = value === true ? key : typeof value === "number" ? String(r1(value)) : escapeXml(value);
    out += ` ${key}="${text}"`;
  }
  return out;
}

/** One element; `children` is markup already escaped, and an element without children self-closes. */
export function tag(name: string, attributes: Record<string, AttrValue>, children?: string): string {
  const open = `<${name}${attrs(attributes)}`;
  return children === undefined ? `${open}/>` : `${open}>${children}</${name}>`;
}

/** The widest advance of each character among DejaVu Sans, Liberation Sans, Noto Sans and Roboto (thousandths of an em). */
const WIDTHS: { regular: Record<string, number>; bold: Record<string, number> } = metrics;
/** A character outside the table counts a whole em: room to spare rather than a label cut short. */
const UNKNOWN = 1000;

/**
 * A text's width when drawn in the widest of the common system fonts, from their real advances (see
 * scripts/build-font-metrics.ts), so a label given this much room is never clipped whichever the reader has.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? WIDTHS.bold : WIDTHS.regular;
  let thousandths = 0;
  for (const c of text.normalize("NFC")) thousandths += table[c] ?? UNKNOWN;
  return (thousandths / 1000) * fontSize;
}

/** Splits a text into lines no wider than maxWidth, breaking between words. */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const current = lines.at(-1);
    if (current !== undefined && textWidth(`${current} ${word}`, fontSize, bold) <= maxWidth) lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface Box { x0: number; x1: number; y0: number; y1: number }
export interface LabelSpot { x: number; y: number; anchor: "start" | "end" }

/**
 * The first spot where a label stays inside `bounds` and clear of the boxes in `taken` and the polylines in
 * `lines`, or null; the chosen box is added to `taken`.
 */
export function placeLabel(text: string, fontSize: number, spots: readonly LabelSpot[], bounds: Box, taken: Box[], lines: readonly (readonly [number, number])[][], bold = false): LabelSpot | null {
  const w = textWidth(text, fontSize, bold);
  const boxOf = (s: LabelSpot): Box => ({ x0: s.anchor === "start" ? s.x : s.x - w, x1: s.anchor === "start" ? s.x + w : s.x, y0: s.y - fontSize, y1: s.y + fontSize * 0.3 });
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 + 3 && b.x0 < a.x1 + 3 && a.y0 < b.y1 + 2 && b.y0 < a.y1 + 2;
  const crosses = (b: Box) =>
    lines.some((points) => points.slice(1).some(([x2, y2], i) => {
      const [x1, y1] = points[i] ?? [x2, y2];
      for (let t = 0; t <= 1; t += 0.02) {
        const x = x1 + (x2 - x1) * t;
        const y = y1 + (y2 - y1) * t;
        if (x >= b.x0 - 2 && x <= b.x1 + 2 && y >= b.y0 - 2 && y <= b.y1 + 2) return true;
      }
      return false;
    }));
  for (const spot of spots) {
    const b = boxOf(spot);
    const inside = b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
    if (inside && !taken.some((t) => overlaps(t, b)) && !crosses(b)) {
      taken.push(b);
      return spot;
    }
  }
  return null;
}

/** Checks an id prefix and returns `prefix-name`: chartId("map-2017", "title") → "map-2017-title". */
export function chartId(idPrefix: string, name: string): string {
  if (!/^[A-Za-z][\w-]*$/u.test(idPrefix)) throw new Error(`idPrefix must start with a letter and hold only letters, digits, "-" and "_": "${idPrefix}"`);
  return `${idPrefix}-${name}`;
}

export interface Frame {
  width: number;
  height: number;
  title: string;
  desc: string;
  idPrefix: string;
  /** The chart's kind, as a class: "progress-chart". */
  kind: string;
  /** True when the chart holds links: role="img" would hide them from screen readers, so it is a group. */
  interactive?: boolean;
}

/** The outer <svg>: scales to its container, named by its <title> and <desc>. */
export function svgDocument(frame: Frame, body: string): string {
  const titleId = chartId(frame.idPrefix, "title");
  const descId = chartId(frame.idPrefix, "desc");
  const head = tag("title", { id: titleId }, escapeXml(frame.title)) + tag("desc", { id: descId }, escapeXml(frame.desc));
  return tag(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${r1(frame.width)} ${r1(frame.height)}`,
      width: "100%",
      style: "height:auto;max-width:100%",
      class: `chart ${frame.kind}`,
      role: frame.interactive ? "group" : "img",
      "aria-labelledby": `${titleId} ${descId}`,
      "font-family": FONT_FAMILY,
    },
    head + body,
  );
}
