import { geoCentroid, geoPath, type GeoProjection } from "d3-geo";
import { mapPath } from "./relative-path.ts";
import {
  archipelagoFeatures,
  interiorBorders,
  islandFeatures,
  layerFeatures,
  mapLayout,
  outerBorder,
  type ArchipelagoFeature,
  type ArchipelagoPanel,
  type MapLayer,
  type MapLayoutName,
  type VietnamTopology,
  type ZoomId,
} from "../geo/index.ts";
import { zoomedPanels, zoomOutlines } from "./map-zoom.ts";
import { NO_VALUE } from "./scales.ts";
import { INK, r1, svgDocument, tag } from "./svg.ts";
import { escapeXml } from "../text/escape.ts";

/** Options of provinceMap; the archipelago labels are required because every national map must show them. */
export interface ProvinceMapOptions {
  layer?: MapLayer;
  layout?: MapLayoutName;
  width?: number;
  height?: number;
  /** Fill colour per feature id (GSO code); features not listed get NO_VALUE. */
  fills?: Record<string, string>;
  /** Accessible name per feature id, e.g. "Hà Nội: 12 cán bộ"; defaults to the name in the topology. */
  labels?: Record<string, string>;
  title: string;
  desc?: string;
  /** e.g. { hoangSa: "QĐ. Hoàng Sa (TP. Đà Nẵng)", truongSa: "QĐ. Trường Sa (tỉnh Khánh Hòa)" } */
  archipelagoLabels: { hoangSa: string; truongSa: string };
  /** e.g. "Biển Đông"; drawn in the sea when given. */
  seaLabel?: string;
  idPrefix?: string;
  /** A page for a feature id, or null for none; linked features are keyboard-reachable <a> elements. */
  link?: (id: string) => string | null;
  /**
   * Names of the zoomed panels (the deltas and Đà Nẵng), e.g. { "red-river": "Đồng bằng sông Hồng", … }: when
   * given, a portrait map draws them, with a second, larger target for each small province.
   */
  zoomLabels?: Record<ZoomId, string>;
}

function linked(href: string | null | undefined, name: string, body: string): string {
  return href ? tag("a", { href, class: "province-map__link", "aria-label": name }, body) : body;
}

/** Two lines at " (" so a label such as "QĐ. Hoàng Sa (TP. Đà Nẵng)" fits a narrow inset. */
function labelText(text: string, spot: ArchipelagoPanel["label"], fontSize: number, className: string): string {
  const cut = text.indexOf(" (");
  const lines = cut > 0 ? [text.slice(0, cut), text.slice(cut + 1)] : [text];
  const tspans = lines.map((line, i) => tag("tspan", { x: spot.x, dy: i === 0 ? null : "1.2em" }, escapeXml(line))).join("");
  return tag("text", { class: className, x: spot.x, y: spot.y, "text-anchor": spot.anchor, "font-size": fontSize, fill: INK.axis }, tspans);
}

function islets(feature: ArchipelagoFeature, projection: GeoProjection, radius: number, fill: string): string {
  return feature.geometry.coordinates
    .map((rings) => {
      const [x, y] = projection(geoCentroid({ type: "Polygon", coordinates: rings }))!;
      return tag("circle", { class: "province-map__islet", cx: x, cy: y, r: radius, fill, stroke: INK.axis, "stroke-width": 0.6 });
    })
    .join("");
}

/** A ringed dot on each named island too small to see at this scale (Cồn Cỏ, Bạch Long Vĩ…), outside the archipelagos. */
function islandMarks(topology: VietnamTopology, projection: GeoProjection, archipelagoIds: Set<string>): string {
  const path = geoPath(projection);
  return islandFeatures(topology)
    .filter((f) => !archipelagoIds.has(JSON.stringify(f.geometry.coordinates[0])))
    .map((f) => {
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      if (Math.max(x1 - x0, y1 - y0) >= 4) return "";
      const [x, y] = projection(geoCentroid(f))!;
      return tag("circle", { class: "province-map__island-mark", cx: r1(x), cy: r1(y), r: 1.8, fill: "#ffffff", stroke: INK.axis, "stroke-width": 0.8 });
    })
    .join("");
}

/**
 * The map of Viet Nam's 63 provinces or 34 units with Hoàng Sa and Trường Sa, as an SVG string:
 * one <path data-id> per feature with a <title>, shared borders drawn once, the archipelagos marked and labelled.
 */
export function provinceMap(topology: VietnamTopology, options: ProvinceMapOptions): string {
  const layer = options.layer ?? "provinces";
  const layout = mapLayout(options.layout ?? "portrait", { ...options, zoom: Boolean(options.zoomLabels) });
  const prefix = options.idPrefix ?? "province-map";
  const fill = (id: string) => options.fills?.[id] ?? NO_VALUE;
  const path = mapPath(layout.mainland);
  const features = layerFeatures(topology, layer, { archipelagos: false });
  const names = new Map(features.map((f) => [f.id, options.labels?.[f.id] ?? f.properties.name_vi]));

  const style = {
    fill,
    name: (id: string) => names.get(id)!,
    linked: (id: string, shape: string) => linked(options.link?.(id), names.get(id)!, shape),
  };
  const areas = features
    .map((f) => {
      const d = path(f);
      return style.linked(f.id, tag("path", { class: "province-map__area", "data-id": f.id, d, fill: fill(f.id) }, tag("title", {}, escapeXml(names.get(f.id)!))));
    })
    .join("");
  const islandPolygons = new Set(archipelagoFeatures(topology).flatMap((f) => f.geometry.coordinates.map((p) => JSON.stringify(p))));
  const marks = tag("g", { class: "province-map__island-marks", "aria-hidden": "true" }, islandMarks(topology, layout.mainland, islandPolygons));
  const zooms = options.zoomLabels
    ? tag("g", { class: "province-map__zoom-outlines", "aria-hidden": "true" }, zoomOutlines(layout.mainland, layout.zooms)) +
      zoomedPanels(topology, layer, features, layout.zooms, style, { labels: options.zoomLabels, fontSize: layout.fontSize })
    : "";
  const borders = tag("path", { class: "province-map__borders", d: path(interiorBorders(topology, layer)), fill: "none", stroke: "#ffffff", "stroke-width": 0.7, "stroke-linejoin": "round" });
  const outline = tag("path", { class: "province-map__outline", d: path(outerBorder(topology, layer)), fill: "none", stroke: INK.axis, "stroke-width": 0.5, "stroke-linejoin": "round" });

  const archipelagos = archipelagoFeatures(topology)
    .map((f) => {
      const panel = layout.archipelagos[f.id];
      const owner = layer === "provinces" ? f.properties.belongs_to : f.properties.belongs_to_2025;
      const text = f.id === "hoang-sa" ? options.archipelagoLabels.hoangSa : options.archipelagoLabels.truongSa;
      const name = names.has(owner) && options.labels?.[owner] ? `${text}: ${names.get(owner)}` : text;
      const frame = panel.frame && tag("rect", { class: "province-map__inset", ...panel.frame, fill: "none", stroke: INK.grid, "stroke-width": 1 });
      const d = mapPath(panel.projection)(f);
      const shape = tag("path", { class: "province-map__islands", "data-id": owner, d, fill: fill(owner) }, tag("title", {}, escapeXml(name)));
      const marks = islets(f, panel.projection, layout.layout === "portrait" ? 1.6 : 2, fill(owner));
      const body = (frame ?? "") + linked(options.link?.(owner), name, shape + marks) + labelText(text, panel.label, layout.fontSize, "province-map__label");
      // The script that recolours the map by year names the islands as "<archipelago>: <owner and figure>" again.
      return tag("g", { class: "province-map__archipelago", "data-archipelago": f.id, "data-id": owner, "data-label-prefix": text }, body);
    })
    .join("");
  const sea = options.seaLabel
    ? tag("text", { class: "province-map__sea", x: r1(layout.sea.x), y: r1(layout.sea.y), "text-anchor": "middle", "font-size": layout.fontSize, "font-style": "italic", fill: INK.axis }, escapeXml(options.seaLabel))
    : "";

  return svgDocument(
    {
      width: layout.width,
      height: layout.height,
      title: options.title,
      desc: options.desc ?? "",
      idPrefix: prefix,
      kind: `province-map province-map--${layer} province-map--${layout.layout}`,
      interactive: Boolean(options.link),
    },
    tag("g", { class: "province-map__areas" }, areas) + borders + outline + marks + archipelagos + sea + zooms,
  );
}
