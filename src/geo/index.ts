export { archipelagoBoxes, boxCorners, inBox, mainlandBox, territoryBox, zoomBoxes, type ArchipelagoId, type GeoBox, type ZoomId } from "./bounds.ts";
export { zoomPanels, type ZoomPanel } from "./zoom-panels.ts";
export { interiorBorders, outerBorder } from "./borders.ts";
export {
  defaultMapSizes,
  mapLayout,
  type ArchipelagoPanel,
  type Frame,
  type LabelSpot,
  type MapLayout,
  type MapLayoutName,
} from "./projection.ts";
export {
  archipelagoArcs,
  archipelagoFeatures,
  islandFeatures,
  layerFeatures,
  unitSeat,
  type AreaFeature,
  type AreaProperties,
  type ArchipelagoFeature,
  type ArchipelagoProperties,
  type IslandFeature,
  type IslandProperties,
  type MapLayer,
  type UnitSeat,
  type VietnamTopology,
} from "./topology.ts";
export { parsePlaces, parseProvinceAreas, type Place, type PlaceKind, type ProvinceArea } from "./places.ts";
export { ringArea, ringContains, ringSelfIntersections, type Ring } from "./rings.ts";
