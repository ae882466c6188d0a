/** Each chart's numbers as CSV and its image as SVG per language, under /files/charts/, with title, source and licence. */
import Papa from "papaparse";
import { formatDate, type Lang } from "../i18n/format.ts";
import { chartFile, SECTIONS } from "../site/routes.ts";
import type { ViewContext } from "../site/views/context.ts";
import { FIGURE_IDS, type Figure } from "../site/views/figure.ts";
import { HOME_OF, type FigureSet } from "../site/views/figure-set.ts";
import { mediaTypes } from "./file-paths.ts";
import { neutralise } from "./neutralise.ts";
import { standaloneSvg } from "./standalone-svg.ts";
import type { DownloadFile } from "./types.ts";

const LANGS: Lang[] = ["vi", "en"];

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

/** Every chart file: a CSV per figure (the same in both languages) and an SVG per figure and language. */
export function chartFiles(ctx: ViewContext, figure: FigureSet): DownloadFile[] {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  return FIGURE_IDS.flatMap((id): DownloadFile[] => {
    const titles = { title_vi: figure(id, "vi").title, title_en: figure(id, "en").title };
    return [
      { path: chartFile(id, "csv"), bytes: utf8(figureCsv(figure(id, "vi"))), mediaType: mediaTypes.csv!, ...titles },
      ...LANGS.map((lang) => ({ path: chartFile(id, "svg", lang), bytes: utf8(figureSvg(ctx, figure(id, lang))), mediaType: mediaTypes.svg!, ...titles })),
    ];
  });
}
