export { copyButton } from "./copy-button.ts";
export { embedHeight, embedHeightMessage, type EmbedHeightMessage } from "./embed-height.ts";
export { legendMarkup } from "../charts/legend-markup.ts";
export { legendModel, type LegendBounds, type LegendItem } from "../charts/legend-model.ts";
export {
  LAYERS,
  MEASURES,
  parseMapData,
  type LayerName,
  type MapData,
  type MapEntry,
  type MapText,
  type Measure,
} from "../charts/map-data.ts";
export { mapExplorer } from "./map-explorer.ts";
export { mapKeyboard } from "./map-keyboard.ts";
export { parseMapState, serialiseMapState, type MapState } from "./map-state.ts";
export { mapStatus, tooltipLines } from "./map-text.ts";
export { mapTooltip } from "./map-tooltip.ts";
export { matchesQuery } from "./matches-query.ts";
export { nextFeature } from "./next-feature.ts";
export { pageLang } from "./page-lang.ts";
export { provinceFilter } from "./province-filter.ts";
export { compareCells, sortOrder, type SortDirection } from "./sort-order.ts";
export { sortableTable, TABLE_UPDATED } from "./sortable-table.ts";
export { tooltipPosition, type Box } from "./tooltip-position.ts";
export { cellAt, colourAt, officialsBy, valueAt } from "../charts/year-values.ts";
export { chartPng, pngSize } from "./chart-png.ts";
