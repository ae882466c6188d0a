export { archipelagoBoxes, boxCorners, inBox, mainlandBox, territoryBox, type ArchipelagoId, type GeoBox } from "./bounds.ts";
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
  layerFeatures,
  type AreaFeature,
  type AreaProperties,
  type ArchipelagoFeature,
  type ArchipelagoProperties,
  type MapLayer,
  type VietnamTopology,
} from "./topology.ts";
