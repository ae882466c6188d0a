import { textWidth } from "../../src/charts/svg.ts";

/** A <text> of a chart with the box it covers, estimated the way the charts estimate text widths. */
export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

interface Scope {
  fontSize: number | undefined;
  dx: number;
  dy: number;
}

const attr = (source: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`, "u").exec(source)?.[1];
const decode = (text: string) => text.replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, "&");

/** The boxes of every <text> in an SVG string written by src/charts: font sizes inherited, translate() applied, dy in em honoured. */
export function textBoxes(svg: string): TextBox[] {
  const boxes: TextBox[] = [];
  const stack: Scope[] = [{ fontSize: undefined, dx: 0, dy: 0 }];
  let open: { attributes: string; scope: Scope; content: string } | null = null;
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/gu)) {
    const [, closing, name, attributes = "", selfClosing, content] = m;
    if (content !== undefined) {
      if (open) open.content += decode(content);
      continue;
    }
    const parent = stack.at(-1)!;
    if (closing) {
      if (name === "text" && open) {
        const { scope } = open;
        const size = Number(attr(open.attributes, "font-size") ?? scope.fontSize ?? 14);
        const bold = (attr(open.attributes, "font-weight") ?? "") === "bold";
        const width = textWidth(open.content, size, bold);
        const dy = attr(open.attributes, "dy");
        const x = Number(attr(open.attributes, "x") ?? 0) + scope.dx;
        const y = Number(attr(open.attributes, "y") ?? 0) + scope.dy + (dy?.endsWith("em") ? parseFloat(dy) * size : Number(dy ?? 0));
        const anchor = attr(open.attributes, "text-anchor") ?? "start";
        const x0 = anchor === "middle" ? x - width / 2 : anchor === "end" ? x - width : x;
        boxes.push({ text: open.content, x0, x1: x0 + width, y0: y - 0.8 * size, y1: y + 0.25 * size });
        open = null;
      }
      stack.pop();
      continue;
    }
    const translate = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/u.exec(attr(attributes, "transform") ?? "");
    const scope: Scope = {
      fontSize: attr(attributes, "font-size") ? Number(attr(attributes, "font-size")) : parent.fontSize,
      dx: parent.dx + Number(translate?.[1] ?? 0),
      dy: parent.dy + Number(translate?.[2] ?? 0),
    };
    if (name === "text") open = { attributes, scope, content: "" };
    if (!selfClosing) stack.push(scope);
  }
  return boxes;
}

/** Pairs of text boxes closer than `gap` side by side while sharing a line, named by their texts. */
export function overlappingTexts(boxes: readonly TextBox[], gap = 2): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const apart = a.x1 + gap <= b.x0 || b.x1 + gap <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
      if (!apart) pairs.push(`"${a.text}" × "${b.text}"`);
    }
  });
  return pairs;
}

/** Texts that reach outside the viewBox, where a reader would see them clipped. */
export function textsOutside(svg: string, boxes: readonly TextBox[], tolerance = 0.5): string[] {
  const [width = 0, height = 0] = (/viewBox="0 0 ([\d.]+) ([\d.]+)"/u.exec(svg) ?? []).slice(1).map(Number);
  return boxes
    .filter((b) => b.x0 < -tolerance || b.x1 > width + tolerance || b.y0 < -tolerance || b.y1 > height + tolerance)
    .map((b) => `"${b.text}" at ${b.x0.toFixed(1)}–${b.x1.toFixed(1)} × ${b.y0.toFixed(1)}–${b.y1.toFixed(1)} in ${width} × ${height}`);
}
