import Papa from "papaparse";
import { neutralise } from "../../downloads/index.ts";
import { formatDate, type Lang } from "../../i18n/format.ts";
import { chartFile, embedUrls, SECTIONS, type Section } from "../routes.ts";
import type { ViewContext } from "./context.ts";
import { FIGURE_IDS, type Figure, type FigureId } from "./figure.ts";
import { coverageFigure, coursesFigure, regionsFigure } from "./figures.ts";
import { mapFigure } from "./map.ts";
import { standaloneSvg } from "./standalone-svg.ts";

/** The page each figure belongs to: an embed links back to it. */
const HOME_OF: Record<FigureId, Section> = {
  coverage: "progress",
  regions: "progress",
  courses: "courses",
  "map-provinces": "map",
  "map-units": "map",
};

/** Heights for the embed snippet when the host page runs no script. */
const EMBED_HEIGHT: Record<FigureId, number> = { coverage: 560, regions: 480, courses: 620, "map-provinces": 900, "map-units": 900 };

/** Every exportable figure in one language, made once. */
export function figureSet(ctx: ViewContext, topology: unknown) {
  const made = new Map<string, Figure>();
  return (id: FigureId, lang: Lang): Figure => {
    const key = `${id}:${lang}`;
    let figure = made.get(key);
    if (!figure) {
      figure =
        id === "coverage" ? coverageFigure(ctx, lang)
        : id === "regions" ? regionsFigure(ctx, lang)
        : id === "courses" ? coursesFigure(ctx, lang)
        : mapFigure(ctx, topology, id === "map-provinces" ? "provinces" : "units", lang);
      made.set(key, figure);
    }
    return figure;
  };
}

/** A figure's numbers as CSV: UTF-8 with BOM for Excel, comma, CRLF; text cells neutralised like every download. */
export function figureCsv(figure: Figure): string {
  const rows = figure.table.rows.map((row) => row.map((cell) => neutralise(cell)));
  return `\uFEFF${Papa.unparse({ fields: figure.table.fields, data: rows }, { newline: "\r\n" })}\r\n`;
}

/** The stand-alone image of a figure: title, chart, key, and the source line with licence and address; a sample figure says so. */
export function figureSvg(ctx: ViewContext, figure: Figure): string {
  const page = ctx.site.build.baseUrl + SECTIONS[HOME_OF[figure.id]][figure.lang];
  const footer = [ctx.t("figure.sourceLine", figure.lang, { url: page, date: formatDate(ctx.site.build.dataDate, figure.lang) })];
  if (figure.basis === "sample") footer.push(ctx.t("figure.sampleLine", figure.lang));
  return standaloneSvg(figure, footer);
}

/** Every chart file the build publishes: a CSV per figure and an SVG per figure and language. */
export function chartFileList(): { path: string; id: FigureId; lang: Lang | null }[] {
  return FIGURE_IDS.flatMap((id) => [
    { path: chartFile(id, "csv"), id, lang: null },
    { path: chartFile(id, "svg", "vi"), id, lang: "vi" as const },
    { path: chartFile(id, "svg", "en"), id, lang: "en" as const },
  ]);
}

/** The download and embed links under a figure, and the iframe snippet to copy. */
export function figureTools(ctx: ViewContext, figure: Figure) {
  const embed = embedUrls(figure.id)[figure.lang];
  const src = ctx.site.build.baseUrl + embed;
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const snippet =
    `<iframe src="${src}" title="${escape(figure.title)}" width="100%" height="${EMBED_HEIGHT[figure.id]}" style="border:0;max-width:100%" loading="lazy"></iframe>\n` +
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="moit-embed-height")return;` +
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`;
  return {
    id: figure.id,
    title: figure.title,
    basis: figure.basis,
    csv: chartFile(figure.id, "csv"),
    svg: chartFile(figure.id, "svg", figure.lang),
    png: chartFile(figure.id, "png", figure.lang).split("/").pop(),
    embed,
    page: SECTIONS[HOME_OF[figure.id]][figure.lang],
    snippet,
  };
}
