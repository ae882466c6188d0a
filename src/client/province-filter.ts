/**
 * Province search.
 *
 * Markup contract:
 *   <label for="province-search" hidden>Tìm tỉnh</label>
 *   <input type="search" id="province-search" data-filter-input aria-controls="province-list" hidden>
 *   <p data-filter-count data-filter-count-template="{n} tỉnh" aria-live="polite"></p>
 *   <ul id="province-list" data-filter-list>
 *     <li data-filter-text="Hà Nội Ha Noi Hanoi 01">…</li> …
 *   </ul>
 * The input (and its label, if hidden too) is rendered hidden and shown here, so readers without
 * JavaScript see no dead box. Typing hides the items whose data-filter-text does not hold every
 * word of the query (any order, ignoring case and diacritics, đ = d) and writes the match count.
 */
import { formatNumber } from "../i18n/format.ts";
import { fillTemplate } from "../text/fill.ts";
import { matchesQuery } from "./matches-query.ts";
import { pageLang } from "./page-lang.ts";

/** Wires every input[data-filter-input] under root to the list it controls. */
export function provinceFilter(root: ParentNode = document): void {
  const lang = pageLang(document.documentElement.lang);
  for (const input of root.querySelectorAll<HTMLInputElement>("input[data-filter-input]")) {
    const listId = input.getAttribute("aria-controls");
    const list = (listId && document.getElementById(listId)) || document.querySelector("[data-filter-list]");
    if (!list) continue;
    const count = document.querySelector<HTMLElement>("[data-filter-count]");
    const items = [...list.querySelectorAll<HTMLElement>("[data-filter-text]")];
    const apply = () => {
      let shown = 0;
      for (const item of items) {
        const match = matchesQuery(item.dataset.filterText ?? "", input.value);
        item.hidden = !match;
        if (match) shown += 1;
      }
      if (count) {
        const template = count.dataset.filterCountTemplate ?? "{n}";
        count.textContent = fillTemplate(template, { n: formatNumber(shown, lang) });
      }
    };
    input.addEventListener("input", apply);
    // A restored page (back button) may come back with text already typed.
    if (input.value) apply();
  }
}
