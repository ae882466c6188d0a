export { interiorBorders, outerBorder } from "./borders.ts";
export { type GeoBox, zoomBoxes, type ZoomId } from "./bounds.ts";
export { type ArchipelagoPanel, mapLayout, type MapLayoutName } from "./projection.ts";
export { type ArchipelagoFeature, archipelagoFeatures, type AreaFeature, islandFeatures, layerFeatures, type MapLayer, unitSeat, type VietnamTopology } from "./topology.ts";
export type { ZoomPanel } from "./zoom-panels.ts";
