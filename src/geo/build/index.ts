export { buildVietnamTopology, vietnamTopologyJson, type GeoSources } from "./build-vietnam-topology.ts";
export { simplification, simplifyKeepingIslands } from "./simplify-islands.ts";
export { archipelagoPolygons } from "./archipelago-polygons.ts";
export { geoOutputPath, geoSourcePaths, parseGeoSources } from "./geo-sources.ts";
export { provincePolygons, type PolygonRings } from "./province-polygons.ts";
export { featureMatches, islandMoves, type FeatureMatch, type IslandMove } from "./natural-earth-corrections.ts";
