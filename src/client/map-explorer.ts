/**
 * Map explorer.
 *
 * Markup contract:
 *   <section class="map-explorer" data-map-explorer>
 *     <form class="map-controls" data-map-controls>
 *       <input type="radio" name="measure" value="officials" checked> / value="firstYear"
 *       <input type="radio" name="layer" value="provinces" checked> / value="units"
 *       <input type="range" id="map-year" name="year" min="2010" max="2018" step="1" value="2018" data-year-control>
 *       <output for="map-year" data-year-output>2018</output>
 *     </form>
 *     <div class="map-layer" data-layer="provinces"><h3>…</h3><svg>…<a href="/tinh/ha-noi/">
 *       <path data-id="01" fill="#…" class="feature"><title>Hà Nội</title></path></a>…</svg></div>
 *     <div class="map-layer" data-layer="units">…</div>
 *     <div class="map-legend" data-legend>…</div>
 *     <p class="visually-hidden" role="status" aria-live="polite" data-map-status></p>
 *     <div data-map-tooltip hidden></div>
 *     <div class="map-table" data-layer="provinces"><table data-map-table data-sortable>…<tbody>
 *       <tr data-id="01"><th scope="row"><a href="/tinh/ha-noi/">Hà Nội</a></th>
 *         <td data-col="officials" data-value="23">23</td><td data-col="firstYear" data-value="2010">2010</td></tr>…
 *     <div class="map-table" data-layer="units">…</div>
 *     <script type="application/json" data-map-data>{ MapData }</script>
 *   </section>
 * Without JavaScript both layers show. Here only the chosen layer shows (hidden attribute); the year,
 * measure and layer recolour every feature, rewrite the table cells (text and data-value), the
 * <output> and the legend, are announced in the status element once a change is committed, and live
 * in the URL query (?year=2015&layer=units&measure=firstYear, written with history.replaceState).
 */
import { formatNumber } from "../i18n/format.ts";
import { legendMarkup } from "../charts/legend-markup.ts";
import { legendModel } from "../charts/legend-model.ts";
import { LAYERS, MEASURES, parseMapData, type MapData } from "../charts/map-data.ts";
import { mapKeyboard } from "./map-keyboard.ts";
import { parseMapState, serialiseMapState, type MapState } from "./map-state.ts";
import { mapStatus } from "./map-text.ts";
import { mapTooltip } from "./map-tooltip.ts";
import { TABLE_UPDATED } from "./sortable-table.ts";
import { areaLabel, cellAt, colourAt } from "../charts/year-values.ts";
import { fillTemplate } from "../text/fill.ts";

function formState(form: HTMLFormElement, data: MapData, fallback: MapState): MapState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) params.append(name, String(value));
  return parseMapState(params, data.years, fallback);
}

function showState(form: HTMLFormElement, state: MapState): void {
  for (const input of form.querySelectorAll<HTMLInputElement>("input[type=radio]")) {
    if (input.name === "layer" || input.name === "measure") input.checked = input.value === state[input.name];
  }
  const year = form.querySelector<HTMLInputElement>("[data-year-control]");
  if (year) year.value = String(state.year);
}

/** The table's rows by officials at the year, most first, then by name: the order the build writes for the latest year. */
function orderRows(table: HTMLTableElement, state: MapState, data: MapData): void {
  const body = table.tBodies[0];
  if (!body) return;
  const value = (row: HTMLTableRowElement) => Number(row.querySelector<HTMLElement>('td[data-col="officials"]')?.dataset.value || 0);
  const name = (row: HTMLTableRowElement) => row.querySelector("th")?.textContent ?? "";
  const rows = [...body.rows].sort((a, b) => value(b) - value(a) || name(a).localeCompare(name(b), data.lang));
  body.append(...rows);
}

function render(section: HTMLElement, data: MapData, state: MapState): void {
  for (const part of section.querySelectorAll<HTMLElement>(".map-layer[data-layer], .map-table[data-layer]")) {
    part.hidden = part.dataset.layer !== state.layer;
  }
  for (const layer of LAYERS) {
    const entries = data.layers[layer] ?? {};
    for (const shape of section.querySelectorAll(`.map-layer[data-layer="${layer}"] svg [data-id]`)) {
      const entry = entries[shape.getAttribute("data-id") ?? ""];
      if (!entry) continue;
      const colour = colourAt(entry, state.measure, state.year, data);
      shape.setAttribute("fill", colour);
      // The islets of an archipelago are drawn in their owner's colour too.
      for (const islet of shape.querySelectorAll(".province-map__islet")) islet.setAttribute("fill", colour);
      if (shape.tagName.toLowerCase() !== "path") continue;
      const prefix = shape.closest("[data-label-prefix]")?.getAttribute("data-label-prefix");
      const label = prefix ? `${prefix}: ${areaLabel(entry, state.year, data)}` : areaLabel(entry, state.year, data);
      const title = shape.querySelector("title");
      if (title) title.textContent = label;
      shape.closest("a")?.setAttribute("aria-label", label);
    }
    for (const table of section.querySelectorAll<HTMLTableElement>(`.map-table[data-layer="${layer}"] table`)) {
      for (const row of table.querySelectorAll<HTMLElement>("tr[data-id]")) {
        const entry = entries[row.dataset.id ?? ""];
        for (const measure of entry ? MEASURES : []) {
          const td = row.querySelector<HTMLElement>(`td[data-col="${measure}"]`);
          if (!td || !entry) continue;
          const cell = cellAt(entry, measure, state.year, data.years, data.lang);
          td.textContent = cell.text;
          td.dataset.value = cell.value;
        }
      }
      // Without a sort chosen by the reader, the rows keep the build's order for the year: most officials first.
      if (!table.querySelector("th[aria-sort]")) orderRows(table, state, data);
      table.dispatchEvent(new CustomEvent(TABLE_UPDATED));
    }
  }
  const output = section.querySelector("[data-year-output]");
  if (output) output.textContent = String(state.year);
  for (const text of section.querySelectorAll<HTMLElement>("[data-year-template]")) {
    text.textContent = fillTemplate(text.dataset.yearTemplate ?? "", { year: state.year });
  }
  const legend = section.querySelector("[data-legend]");
  const officials = state.measure === "officials";
  const items = legendModel(
    data.scales[state.measure],
    officials
      ? { min: 1, max: null, format: (n) => formatNumber(n, data.lang) }
      : { min: data.years[0] ?? 0, max: data.years[data.years.length - 1] ?? null },
    data.text.legendNoValue,
  );
  const markup = legendMarkup(officials ? data.text.measureOfficials : data.text.measureFirstYear, items);
  if (legend && legend.innerHTML !== markup) legend.innerHTML = markup;
}

/** Turns every section[data-map-explorer] under root into a map explorer. */
export function mapExplorer(root: ParentNode = document): void {
  for (const section of root.querySelectorAll<HTMLElement>("[data-map-explorer]")) {
    const form = section.querySelector<HTMLFormElement>("form[data-map-controls]");
    const json = section.querySelector("script[data-map-data]")?.textContent;
    if (!form || !json) continue;
    const data = parseMapData(json);
    const latest = { year: data.years[data.years.length - 1] ?? 0, layer: "provinces", measure: "officials" } as const;
    let state = parseMapState(window.location.search, data.years, formState(form, data, latest));
    showState(form, state);
    render(section, data, state);
    section.dataset.ready = "";
    mapTooltip(section, data, () => state);
    mapKeyboard(section);

    const status = section.querySelector("[data-map-status]");
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("input", () => {
      state = formState(form, data, state);
      render(section, data, state);
    });
    // "change" fires once a value is committed: announce it and record it, without flooding either.
    form.addEventListener("change", () => {
      state = formState(form, data, state);
      render(section, data, state);
      if (status) status.textContent = mapStatus(state, data.text);
      const query = serialiseMapState(state, window.location.search);
      if (query !== window.location.search) window.history.replaceState(window.history.state, "", query + window.location.hash);
    });
  }
}
