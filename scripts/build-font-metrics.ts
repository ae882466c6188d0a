/**
 * npm run build:font-metrics: writes src/charts/font-metrics.json, the widest advance of each character a
 * chart may show among the common system fonts (DejaVu Sans, Liberation Sans, Noto Sans, Roboto; regular
 * and bold), so a label drawn without a DOM never runs past its room whichever of them the reader has.
 * Needs the fonts (Debian: fonts-dejavu-core fonts-liberation fonts-noto-core fonts-roboto).
 */
import { writeFileSync } from "node:fs";
import * as fontkit from "fontkit";

const FONTS = {
  regular: [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
  ],
  bold: [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
  ],
};

/** Printable ASCII, Latin-1, the Latin letters of Vietnamese and the punctuation the site writes. */
const RANGES: [number, number][] = [[0x20, 0x7e], [0xa0, 0x17f], [0x300, 0x323], [0x1a0, 0x1b0], [0x1ea0, 0x1ef9], [0x2010, 0x2027], [0x2030, 0x203a], [0x2212, 0x2212], [0x2264, 0x2265]];
const characters = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)));

/** The widest advance of each character among the fonts, in thousandths of an em. */
function widest(paths: string[]): Record<string, number> {
  const fonts = paths.map((p) => fontkit.openSync(p) as fontkit.Font);
  const widths: Record<string, number> = {};
  for (const c of characters) {
    const advances = fonts.filter((f) => f.hasGlyphForCodePoint(c.codePointAt(0)!)).map((f) => f.layout(c).advanceWidth / f.unitsPerEm);
    if (advances.length > 0) widths[c] = Math.ceil(Math.max(...advances) * 1000);
  }
  return widths;
}

const metrics = {
  about: "Widest advance per character, in thousandths of an em, of DejaVu Sans, Liberation Sans, Noto Sans and Roboto (Debian's fonts); written by npm run build:font-metrics.",
  regular: widest(FONTS.regular),
  bold: widest(FONTS.bold),
};
writeFileSync("src/charts/font-metrics.json", `${JSON.stringify(metrics)}\n`);
console.log(`src/charts/font-metrics.json: ${Object.keys(metrics.regular).length} characters`);
