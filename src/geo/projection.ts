import { geoMercator, type GeoProjection } from "d3-geo";
import { archipelagoBoxes, boxCorners, mainlandBox, territoryBox, type ArchipelagoId } from "./bounds.ts";
import type { Frame, LabelSpot } from "./frame.ts";
import { zoomPanels, type ZoomPanel } from "./zoom-panels.ts";

/** Portrait suits phones (archipelagos in insets over the open sea); landscape suits desktops (all in place). */
export type MapLayoutName = "portrait" | "landscape";

export type { Frame, LabelSpot } from "./frame.ts";

/** How one archipelago is drawn: its projection, its inset frame (null when in place) and its label. */
export interface ArchipelagoPanel {
  projection: GeoProjection;
  frame: Frame | null;
  label: LabelSpot;
}

/** Everything a map needs to place the territory in a width × height SVG. */
export interface MapLayout {
  layout: MapLayoutName;
  width: number;
  height: number;
  fontSize: number;
  mainland: GeoProjection;
  archipelagos: Record<ArchipelagoId, ArchipelagoPanel>;
  sea: LabelSpot;
  /** Zoomed panels of the small provinces (portrait maps asked for them only; otherwise none). */
  zooms: ZoomPanel[];
}

/** Default SVG sizes of each layout, in pixels. */
export const defaultMapSizes: Record<MapLayoutName, { width: number; height: number }> = {
  portrait: { width: 360, height: 640 },
  landscape: { width: 720, height: 540 },
};

const xy = (projection: GeoProjection, lon: number, lat: number): [number, number] => projection([lon, lat])!;

function inset(id: ArchipelagoId, frame: Frame, fontSize: number): ArchipelagoPanel {
  const labelHeight = 2.4 * fontSize;
  const m = 4;
  const projection = geoMercator().fitExtent(
    [[frame.x + m, frame.y + m], [frame.x + frame.width - m, frame.y + frame.height - m - labelHeight]],
    boxCorners(archipelagoBoxes[id]),
  );
  const label: LabelSpot = { x: frame.x + frame.width / 2, y: frame.y + frame.height - labelHeight + fontSize - 2, anchor: "middle" };
  return { projection, frame, label };
}

function portrait(width: number, height: number, zoom: boolean): MapLayout {
  const pad = Math.round(Math.min(width, height) * 0.02);
  const fontSize = 10.5;
  const mainland = geoMercator().fitExtent([[pad, pad], [width - pad, height - pad]], boxCorners(mainlandBox));
  const [left] = xy(mainland, mainlandBox[0], mainlandBox[3]);
  mainland.translate([mainland.translate()[0] - left + pad, mainland.translate()[1]]);
  // Inset frames lie over open sea: east of 108.7°E between 18.3°N and 15.95°N (off Huế and Đà Nẵng),
  // and east of 107.45°E south of 10.25°N (off Vũng Tàu and Phan Thiết, clear of Côn Đảo and Phú Quý).
  const [hx, hy] = xy(mainland, 108.7, 18.3);
  const hBottom = xy(mainland, 108.7, 15.95)[1];
  const [tx, ty] = xy(mainland, 107.45, 10.25);
  const right = width - pad;
  // Over Laos, west of Quảng Trị and Quảng Nam (17.0–15.3° N, west of 106.2° E): the frame for Đà Nẵng.
  const [, dTop] = xy(mainland, 102.1, 17.0);
  const [dRight, dBottom] = xy(mainland, 106.2, 15.3);
  const zoomed = zoom ? zoomPanels(width, height, pad, fontSize, { x: pad, y: dTop, width: dRight - pad, height: dBottom - dTop }) : { panels: [], rowHeight: 0 };
  return {
    layout: "portrait",
    width,
    height: height + zoomed.rowHeight,
    fontSize,
    mainland,
    archipelagos: {
      "hoang-sa": inset("hoang-sa", { x: hx, y: hy, width: right - hx, height: hBottom - hy }, fontSize),
      "truong-sa": inset("truong-sa", { x: tx, y: ty, width: right - tx, height: height - pad - ty }, fontSize),
    },
    sea: { x: (xy(mainland, 109.5, 13.2)[0] + right) / 2, y: xy(mainland, 109.5, 13.2)[1], anchor: "middle" },
    zooms: zoomed.panels,
  };
}

function landscape(width: number, height: number): MapLayout {
  const pad = Math.round(Math.min(width, height) * 0.02);
  const fontSize = 11;
  const projection = geoMercator().fitExtent([[pad, pad], [width - pad, height - pad]], boxCorners(territoryBox));
  const [hx, hy] = xy(projection, 113.1, 16.35);
  const [tx, ty] = xy(projection, 113.75, 11.35);
  const [sx, sy] = xy(projection, 111.5, 13.4);
  return {
    layout: "landscape",
    width,
    height,
    fontSize,
    mainland: projection,
    archipelagos: {
      "hoang-sa": { projection, frame: null, label: { x: hx, y: hy, anchor: "start" } },
      "truong-sa": { projection, frame: null, label: { x: tx, y: ty - 1.2 * fontSize - 3, anchor: "middle" } },
    },
    sea: { x: sx, y: sy, anchor: "middle" },
    zooms: [],
  };
}

/**
 * Projections for a map of the whole territory, fitted to width × height.
 * Example: mapLayout("portrait") → mainland fills 360 × 640, Hoàng Sa and Trường Sa in insets on the right;
 * with `zoom`, a portrait map grows a row of zoomed deltas below and a zoomed Đà Nẵng over Laos.
 */
export function mapLayout(layout: MapLayoutName, size: { width?: number; height?: number; zoom?: boolean } = {}): MapLayout {
  const width = size.width ?? defaultMapSizes[layout].width;
  const height = size.height ?? defaultMapSizes[layout].height;
  return layout === "portrait" ? portrait(width, height, size.zoom ?? false) : landscape(width, height);
}
