/** Each chart's numbers as CSV and its image as SVG per language, under /files/charts/: the image framed with title, source and licence. */
import Papa from "papaparse";
import { formatDate, type Lang } from "../i18n/format.ts";
import { chartFile, SECTIONS } from "../site/routes.ts";
import type { ViewContext } from "../site/views/context.ts";
import { type Figure, FIGURE_IDS } from "../site/views/figure.ts";
import { type FigureSet, HOME_OF } from "../site/views/figure-set.ts";
import { mediaTypes } from "./paths.ts";
import { neutralise } from "./formula-safety.ts";
import type { DownloadFile } from "./types.ts";
import { textWidth, wrapText } from "../charts/svg.ts";
import { escapeXml } from "../text/escape.ts";
import { WIDE } from "../site/views/responsive.ts";

// Each chart's numbers as CSV and its image as SVG per language, under /files/charts/, with title, source and licence.

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

const TITLE = 17;
const SMALL = 12;
const PAD = 12;

function sizeOf(svg: string): { width: number; height: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error("A chart without a viewBox cannot be framed");
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** The chart's own <svg> placed at y, its page-sizing attributes replaced by a fixed size. */
function nested(svg: string, y: number, width: number, height: number): string {
  const end = svg.indexOf(">");
  const open = svg.slice(0, end).replace(/\s(width|height|style|x|y)="[^"]*"/g, "");
  return `${open} x="0" y="${y}" width="${width}" height="${height}"${svg.slice(end)}`;
}

function lines(texts: string[], x: number, y: number, size: number, attrs: string): string {
  return texts.map((t, i) => `<text x="${x}" y="${y + i * size * 1.3}" font-size="${size}" ${attrs}>${escapeXml(t)}</text>`).join("");
}

/**
 * A line of phrases joined by " · " (source, release, licence, address) wrapped between phrases, so "Licence CC BY 4.0"
 * stays whole; a phrase wider than the line on its own is wrapped between words.
 */
function wrapPhrases(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const phrase of text.split(" · ")) {
    const current = lines.at(-1);
    if (current !== undefined && textWidth(`${current} · ${phrase}`, fontSize) <= maxWidth) lines[lines.length - 1] = `${current} · ${phrase}`;
    else if (textWidth(phrase, fontSize) <= maxWidth) lines.push(phrase);
    else lines.push(...wrapText(phrase, fontSize, maxWidth));
  }
  return lines;
}

/**
 * The figure as an image file that stands on its own: its title above, the colour key if any, and the
 * source line with the licence and the address below, so a copy always says where it comes from.
 */
export function standaloneSvg(figure: Figure, footer: string[]): string {
  const inner = figure.render(WIDE, `${figure.id}-file`);
  const { width, height } = sizeOf(inner);
  const titleLines = wrapText(figure.title, TITLE, width - 2 * PAD, true);
  let y = PAD + TITLE;
  const title = lines(titleLines, PAD, y, TITLE, 'font-weight="700" fill="#12325b"');
  y += (titleLines.length - 1) * TITLE * 1.3 + PAD;
  const chart = nested(inner, y, width, height);
  y += height + PAD;
  let legend = "";
  if (figure.legend) {
    legend += `<text x="${PAD}" y="${y + SMALL}" font-size="${SMALL}" font-weight="700" fill="#1b1b1b">${escapeXml(figure.legend.title)}</text>`;
    y += SMALL * 1.8;
    let x = PAD;
    for (const item of figure.legend.items) {
      const w = 16 + 6 + textWidth(item.label, SMALL) + 14;
      if (x + w > width - PAD) {
        x = PAD;
        y += 22;
      }
      legend += `<rect x="${x}" y="${y}" width="16" height="16" fill="${escapeXml(item.colour)}" stroke="#767676"/>`;
      legend += `<text x="${x + 22}" y="${y + 12.5}" font-size="${SMALL}" fill="#1b1b1b">${escapeXml(item.label)}</text>`;
      x += w;
    }
    y += 22 + PAD;
  }
  const footLines = footer.flatMap((f) => wrapPhrases(f, SMALL, width - 2 * PAD));
  const foot = lines(footLines, PAD, y + SMALL, SMALL, 'fill="#555555"');
  const total = Math.ceil(y + footLines.length * SMALL * 1.3 + PAD);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${total}" width="${width}" height="${total}" ` +
    `font-family="Noto Sans, Segoe UI, Roboto, Arial, sans-serif"><rect width="100%" height="100%" fill="#ffffff"/>` +
    `${title}${chart}${legend}${foot}</svg>\n`
  );
}
