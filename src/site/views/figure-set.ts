import type { Lang } from "../../i18n/format.ts";
import { escapeXml } from "../../text/escape.ts";
import { chartFile, embedUrls, SECTIONS, type Section } from "../routes.ts";
import type { ViewContext } from "./context.ts";
import type { Figure, FigureId } from "./figure.ts";
import { coverageFigure, coursesFigure, figureHtml, regionsFigure } from "./figures.ts";
import { mapFigure } from "./map.ts";

/** The page each figure belongs to: an embed and an image link back to it. */
export const HOME_OF: Record<FigureId, Section> = {
  coverage: "progress",
  regions: "progress",
  courses: "courses",
  "map-provinces": "map",
  "map-units": "map",
};

/** Heights for the embed snippet when the host page runs no script. */
const EMBED_HEIGHT: Record<FigureId, number> = { coverage: 560, regions: 480, courses: 620, "map-provinces": 900, "map-units": 900 };

/** A figure by id and language, made once and drawn once however many pages and files show it. */
export type FigureSet = (id: FigureId, lang: Lang) => Figure;

/** Every exportable figure, made on first use and kept: figureSet(ctx, topology)("coverage", "vi"). */
export function figureSet(ctx: ViewContext, topology: unknown): FigureSet {
  const made = new Map<string, Figure>();
  return (id, lang) => {
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

/** The download and embed links under a figure, and the iframe snippet to copy. */
export function figureTools(ctx: ViewContext, figure: Figure) {
  const embed = embedUrls(figure.id)[figure.lang];
  const src = ctx.site.build.baseUrl + embed;
  const snippet =
    `<iframe src="${src}" title="${escapeXml(figure.title)}" width="100%" height="${EMBED_HEIGHT[figure.id]}" style="border:0;max-width:100%" loading="lazy"></iframe>\n` +
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

/** A figure as a page shows it: the drawing (`where` keeps its ids unique on the page) and its tools. */
export function figureBlock(ctx: ViewContext, figure: Figure, where: string) {
  return { html: figureHtml(figure, where), tools: figureTools(ctx, figure), notice: figure.basis === "sample" };
}
