import type { Lang } from "../../i18n/format.ts";
import type { Basis } from "../../stats/index.ts";

/** The charts that can be downloaded, embedded and linked on their own. */
export const FIGURE_IDS = ["coverage", "regions", "courses", "map-provinces", "map-units"] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** A cell of a figure's data table. */
export type FigureCell = string | number | null;

/**
 * One chart: how to draw it at any width, and exactly the numbers it shows as a table (the same in
 * both languages, with names in both), for "download the data".
 */
export interface Figure {
  id: FigureId;
  lang: Lang;
  /** The title, which says "sample" when the figure rests on sample rows (see `figureTitle`). */
  title: string;
  /** What the figure as a whole rests on: the page, the image, the embed and the CSV all say it. */
  basis: Basis;
  /** The chart as an SVG string at a width; ids start with idPrefix. */
  render: (width: number, idPrefix: string) => string;
  table: { fields: string[]; rows: FigureCell[][] };
  /** Colour key drawn under the chart in the stand-alone image (maps). */
  legend?: { title: string; items: { colour: string; label: string }[] };
}
