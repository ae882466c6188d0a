import { geoBounds, type GeoProjection } from "d3-geo";
import { mapPath } from "./relative-path.ts";
import { interiorBorders, zoomBoxes, type AreaFeature, type GeoBox, type MapLayer, type VietnamTopology, type ZoomId, type ZoomPanel } from "../geo/index.ts";
import { INK, r1, tag } from "./svg.ts";
import { escapeXml } from "../text/escape.ts";

/** How the map draws a feature wherever it appears: its fill, its name and its link. */
export interface FeatureStyle {
  fill: (id: string) => string;
  name: (id: string) => string;
  /** Wraps a shape in the feature's link, if it has one. */
  linked: (id: string, shape: string) => string;
}

/** A thin outline on the main map around what each zoomed panel shows, so a reader sees where it belongs. */
export function zoomOutlines(mainland: GeoProjection, panels: readonly ZoomPanel[]): string {
  return panels
    .map(({ id }) => {
      const [w, s, e, n] = zoomBoxes[id];
      const [x0, y0] = mainland([w, n])!, [x1, y1] = mainland([e, s])!;
      return tag("rect", { class: "province-map__zoom-outline", "data-zoom": id, x: r1(x0), y: r1(y0), width: r1(x1 - x0), height: r1(y1 - y0), fill: "none", stroke: INK.axis, "stroke-width": 0.7, "stroke-dasharray": "2 2" });
    })
    .join("");
}

const overlaps = ([w, s, e, n]: GeoBox, [[west, south], [east, north]]: [[number, number], [number, number]]) =>
  west <= e && east >= w && south <= n && north >= s;

/**
 * The zoomed panels of a map as SVG: each a framed group, named for what it shows, holding a linked copy
 * of every feature that reaches into its box (cut at the frame) and their shared borders.
 */
export function zoomedPanels(
  topology: VietnamTopology,
  layer: MapLayer,
  features: readonly AreaFeature[],
  panels: readonly ZoomPanel[],
  style: FeatureStyle,
  text: { labels: Record<ZoomId, string>; fontSize: number },
): string {
  const bounds = new Map(features.map((f) => [f.id, geoBounds(f)]));
  const borders = interiorBorders(topology, layer);
  return panels
    .map((panel) => {
      const path = mapPath(panel.projection);
      const shapes = features
        .filter((f) => overlaps(zoomBoxes[panel.id], bounds.get(f.id)!))
        .map((f) => {
          const d = path(f);
          if (!d) return "";
          const shape = tag("path", { class: "province-map__area province-map__area--zoomed", "data-id": f.id, d, fill: style.fill(f.id) }, tag("title", {}, escapeXml(style.name(f.id))));
          return style.linked(f.id, shape);
        })
        .join("");
      const label = text.labels[panel.id];
      const frame = tag("rect", { class: "province-map__inset", ...panel.frame, fill: "#ffffff", stroke: INK.grid, "stroke-width": 1 });
      const mesh = tag("path", { class: "province-map__borders", d: path(borders), fill: "none", stroke: "#ffffff", "stroke-width": 0.8, "stroke-linejoin": "round" });
      const caption = tag("text", { class: "province-map__label", x: panel.label.x, y: panel.label.y, "text-anchor": "middle", "font-size": text.fontSize, fill: INK.axis }, escapeXml(label));
      return tag("g", { class: "province-map__zoom", "data-zoom": panel.id, role: "group", "aria-label": label }, frame + shapes + mesh + caption);
    })
    .join("");
}
