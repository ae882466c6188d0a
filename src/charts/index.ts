/** The charts and maps, each `(data, options) → SVG string`. */
export { barChart } from "./bar-chart.ts";
export { columnChart, fillYears } from "./column-chart.ts";
export { progressChart } from "./progress-chart.ts";
export { timelineChart } from "./timeline-chart.ts";
