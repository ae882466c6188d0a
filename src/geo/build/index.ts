export { vietnamTopologyJson } from "./build-vietnam-topology.ts";
export { geoOutputPath, geoSourcePaths, parseGeoSources } from "./geo-sources.ts";
