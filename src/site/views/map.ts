import { colourFor, firstYearScale, officialsScale } from "../../charts/scales.ts";
import { provinceMap } from "../../charts/province-map.ts";
import { legendMarkup } from "../../charts/legend-markup.ts";
import { legendModel } from "../../charts/legend-model.ts";
import { areaLabel, cellAt } from "../../charts/year-values.ts";
import type { LayerName, MapData, MapEntry } from "../../charts/map-data.ts";
import { formatNumber, type Lang } from "../../i18n/format.ts";
import { yearRange, type AreaOfficials } from "../../stats/index.ts";
import { provinceUrls, unitUrls } from "../routes.ts";
import type { ViewContext } from "./context.ts";
import type { Figure } from "./figure.ts";
import { figureTitle } from "./figures.ts";

/** Cumulative officials by the end of each year of the programme (the statistics give every year). */
function cumulative(area: AreaOfficials): number[] {
  return area.byYear.map((y) => y.cumulative);
}

function layerAreas(ctx: ViewContext, layer: LayerName): AreaOfficials[] {
  return layer === "provinces" ? ctx.site.stats.officials.byProvince : ctx.site.stats.officials.byUnit;
}

function hrefOf(area: AreaOfficials, layer: LayerName, lang: Lang): string {
  return (layer === "provinces" ? provinceUrls : unitUrls)(area.name_vi)[lang];
}

const made = new WeakMap<ViewContext, Map<Lang, MapData>>();

/** What the map page's script and SVGs are made from, once per language: per-area series, the class scales and the page texts. */
export function mapData(ctx: ViewContext, lang: Lang): MapData {
  const known = made.get(ctx) ?? new Map<Lang, MapData>();
  made.set(ctx, known);
  const found = known.get(lang);
  if (found) return found;
  const data = makeMapData(ctx, lang);
  known.set(lang, data);
  return data;
}

function makeMapData(ctx: ViewContext, lang: Lang): MapData {
  const { firstYear, latestYear } = ctx.site.stats.meta;
  const years = yearRange(firstYear, latestYear);
  const layers = {} as MapData["layers"];
  for (const layer of ["provinces", "units"] as const) {
    const entries: Record<string, MapEntry> = {};
    for (const area of layerAreas(ctx, layer)) {
      entries[area.code] = { name: ctx.name(area, lang), href: hrefOf(area, layer, lang), officials: cumulative(area), firstYear: area.firstYear };
    }
    layers[layer] = entries;
  }
  const maxOfficials = Math.max(...ctx.site.stats.officials.byProvince.map((p) => p.officials));
  const k = (key: string, params?: Record<string, number>) => ctx.t(`map.${key}`, lang, params);
  const { provinces, units } = ctx.site.stats.meta.counts;
  return {
    lang,
    years,
    layers,
    scales: { officials: officialsScale(maxOfficials), firstYear: firstYearScale(firstYear, latestYear) },
    text: {
      year: k("year"),
      officials: k("tipOfficials"),
      firstYear: k("tipFirstYear"),
      notYet: k("tipNotYet"),
      status: k("status"),
      layerProvinces: k("layerProvinces", { count: provinces }),
      layerUnits: k("layerUnits", { count: units }),
      measureOfficials: k("measureOfficials"),
      measureFirstYear: k("measureFirstYear"),
      legendNoValue: k("legendNoValue"),
    },
  };
}

/** One layer's SVG coloured by cumulative officials at the latest year, each area a link with its figures. */
function layerSvg(ctx: ViewContext, data: MapData, layer: LayerName, lang: Lang, topology: unknown, options: { idPrefix: string; links: boolean }) {
  // Linked provinces get zoomed panels: there the small ones are targets a finger can hit (WCAG 2.5.8).
  const zoomLabels = options.links && layer === "provinces"
    ? { "red-river": ctx.t("map.zoomRedRiver", lang), mekong: ctx.t("map.zoomMekong", lang), "da-nang": ctx.t("map.zoomDaNang", lang) }
    : undefined;
  const last = data.years.length - 1;
  const fills: Record<string, string> = {};
  const labels: Record<string, string> = {};
  for (const [id, e] of Object.entries(data.layers[layer])) {
    fills[id] = colourFor(e.officials[last] ?? 0, data.scales.officials);
    labels[id] = areaLabel(e, data.years[last] ?? 0, data);
  }
  return provinceMap(topology as never, {
    layer,
    layout: "portrait",
    fills,
    labels,
    idPrefix: options.idPrefix,
    title: figureTitle(ctx, ctx.t(layer === "provinces" ? "map.svgTitleProvinces" : "map.svgTitleUnits", lang, { year: data.years[last] ?? "" }), ctx.site.stats.bases.officials, lang),
    desc: ctx.t("map.svgDesc", lang),
    archipelagoLabels: { hoangSa: ctx.t("map.hoangSa", lang), truongSa: ctx.t("map.truongSa", lang) },
    link: options.links ? (id: string) => data.layers[layer][id]?.href ?? null : undefined,
    zoomLabels,
  });
}

/** The map page's explorer: both layers, their tables, the legend and the data for the script. */
export function mapExplorer(ctx: ViewContext, topology: unknown, lang: Lang) {
  const data = mapData(ctx, lang);
  const last = data.years.length - 1;
  const latestYear = data.years[last] ?? 0;
  const layers = (["provinces", "units"] as const).map((layer) => ({
    id: layer,
    heading: layer === "provinces" ? data.text.layerProvinces : data.text.layerUnits,
    caption: ctx.t(layer === "provinces" ? "map.tableProvinces" : "map.tableUnits", lang, { year: data.years[last] ?? "" }),
    // The same texts with {year} left open, for the script to fill with the year chosen.
    captionTemplate: ctx.t(layer === "provinces" ? "map.tableProvinces" : "map.tableUnits", lang),
    nameHeading: ctx.t(layer === "provinces" ? "map.colProvince" : "map.colUnit", lang),
    svg: layerSvg(ctx, data, layer, lang, topology, { idPrefix: `map-${layer}`, links: true }),
    rows: Object.entries(data.layers[layer])
      .map(([id, e]) => ({
        id,
        name: e.name,
        href: e.href,
        order: e.officials[last] ?? 0,
        officials: cellAt(e, "officials", latestYear, data.years, lang),
        firstYear: cellAt(e, "firstYear", latestYear, data.years, lang),
      }))
      .sort((a, b) => b.order - a.order || a.name.localeCompare(b.name, lang)),
  }));
  return {
    data,
    layers,
    legend: officialsLegend(data, lang),
    firstYear: data.years[0],
    latestYear,
    colOfficials: ctx.t("map.colOfficials", lang, { year: latestYear }),
    colOfficialsTemplate: ctx.t("map.colOfficials", lang),
  };
}

/** The legend of the officials measure, the same markup the browser writes, so nothing moves when the script starts. */
function officialsLegend(data: MapData, lang: Lang): string {
  return legendMarkup(data.text.measureOfficials, officialsLegendItems(data, lang));
}

function officialsLegendItems(data: MapData, lang: Lang) {
  return legendModel(data.scales.officials, { min: 1, max: null, format: (n) => formatNumber(n, lang) }, data.text.legendNoValue);
}

/** The home page's small map: the 63 provinces at the latest year with its legend, no links (the map page has them). */
export function smallMap(ctx: ViewContext, topology: unknown, lang: Lang): string {
  const data = mapData(ctx, lang);
  const svg = layerSvg(ctx, data, "provinces", lang, topology, { idPrefix: "home-map", links: false });
  return `<div class="map-legend">${officialsLegend(data, lang)}</div>${svg}`;
}

/** A map layer at the latest year as a stand-alone figure: the image, embed and data downloads. */
export function mapFigure(ctx: ViewContext, topology: unknown, layer: LayerName, lang: Lang): Figure {
  const data = mapData(ctx, lang);
  const latestYear = data.years.at(-1) ?? 0;
  const areas = layerAreas(ctx, layer);
  const basis = ctx.site.stats.bases.officials;
  return {
    id: layer === "provinces" ? "map-provinces" : "map-units",
    lang,
    title: figureTitle(ctx, ctx.t(layer === "provinces" ? "map.svgTitleProvinces" : "map.svgTitleUnits", lang, { year: latestYear }), basis, lang),
    basis,
    render: (_width, idPrefix) => layerSvg(ctx, data, layer, lang, topology, { idPrefix, links: false }),
    legend: { title: data.text.measureOfficials, items: officialsLegendItems(data, lang) },
    table: {
      fields: ["code", "name_vi", "name_en", "year", "officials_cumulative", "first_year", "basis"],
      rows: areas.map((a) => [a.code, a.name_vi, a.name_en, latestYear, cumulative(a).at(-1) ?? 0, a.firstYear, a.basis]),
    },
  };
}
