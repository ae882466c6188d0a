export * from "./charts.ts";
export { provinceMap, type ProvinceMapOptions } from "./province-map.ts";
