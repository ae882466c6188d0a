export { chartPng } from "./chart-png.ts";
export { copyButton } from "./copy-button.ts";
export { embedHeight } from "./embed-height.ts";
export { mapExplorer } from "./map-explorer.ts";
export { provinceFilter } from "./province-filter.ts";
export { sortableTable } from "./sortable-table.ts";
