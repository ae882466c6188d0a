import { geoMercator, type GeoProjection } from "d3-geo";
import { boxCorners, zoomBoxes, type ZoomId } from "./bounds.ts";
import type { Frame, LabelSpot } from "./frame.ts";

/** A zoomed panel: its projection (clipped to the frame), its frame and where its label goes. */
export interface ZoomPanel {
  id: ZoomId;
  projection: GeoProjection;
  frame: Frame;
  label: LabelSpot;
}

const margin = 4;

function panel(id: ZoomId, frame: Frame, fontSize: number): ZoomPanel {
  const labelHeight = 1.6 * fontSize;
  const inner: [[number, number], [number, number]] = [[frame.x + margin, frame.y + margin], [frame.x + frame.width - margin, frame.y + frame.height - margin - labelHeight]];
  const projection = geoMercator().fitExtent(inner, boxCorners(zoomBoxes[id]));
  // Provinces reaching past the box are cut at the frame, so the panel never draws over the map.
  projection.clipExtent([[frame.x + 1, frame.y + 1], [frame.x + frame.width - 1, frame.y + frame.height - labelHeight]]);
  return { id, projection, frame, label: { x: frame.x + frame.width / 2, y: frame.y + frame.height - margin - 0.35 * fontSize, anchor: "middle" } };
}

/** The height a panel of this width needs to show its whole box, label included. */
function heightFor(id: ZoomId, width: number, fontSize: number): number {
  const [w, s, e, n] = zoomBoxes[id];
  const probe = geoMercator().fitWidth(width - 2 * margin, boxCorners(zoomBoxes[id]));
  const top = probe([w, n])![1], bottom = probe([e, s])![1];
  return Math.ceil(bottom - top + 2 * margin + 1.6 * fontSize);
}

/**
 * The zoomed panels of a portrait map: the two deltas side by side in a row below the mainland (from
 * `top`), and Đà Nẵng in `daNang`, a frame over Laos at its own latitude. Returns the panels and the
 * height the row adds.
 */
export function zoomPanels(width: number, top: number, pad: number, fontSize: number, daNang: Frame): { panels: ZoomPanel[]; rowHeight: number } {
  const columnWidth = (width - 3 * pad) / 2;
  const rowHeight = Math.max(heightFor("red-river", columnWidth, fontSize), heightFor("mekong", columnWidth, fontSize));
  const row = (i: number): Frame => ({ x: pad + i * (columnWidth + pad), y: top, width: columnWidth, height: rowHeight });
  return {
    panels: [panel("red-river", row(0), fontSize), panel("mekong", row(1), fontSize), panel("da-nang", daNang, fontSize)],
    rowHeight: rowHeight + pad,
  };
}
