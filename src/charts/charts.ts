/** The bar, column, progress and timeline charts, each `(data, options) → SVG string`. */
export { barChart, type BarChartOptions, type BarRow } from "./bar-chart.ts";
export { columnChart, fillYears, type ColumnChartOptions, type ColumnPoint } from "./column-chart.ts";
export { progressChart, type ProgressChartOptions, type ProgressInput } from "./progress-chart.ts";
export { timelineChart, type TimelineChartOptions, type TimelineItem } from "./timeline-chart.ts";
export { escapeXml } from "./svg.ts";
