/**
 * Arrow keys between map features.
 *
 * Markup contract: feature links inside a map, <div class="map-layer"><svg>…<a href="…"><path data-id="01">.
 * With focus on a feature link, the arrow keys move to the next or previous feature in document order
 * (wrapping), Home and End to the first and last; Tab and Enter keep their native behaviour.
 */
import { nextFeature } from "./next-feature.ts";

/** Lets the arrow keys move focus between the features of each map in the section. */
export function mapKeyboard(section: HTMLElement): void {
  section.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof Element)) return;
    const link = event.target.closest(".map-layer svg a");
    const svg = link?.closest("svg");
    if (!link || !svg) return;
    const links = [...svg.querySelectorAll<SVGAElement>("a")].filter((a) => a.querySelector("[data-id]"));
    const next = nextFeature(links.indexOf(link as SVGAElement), links.length, event.key);
    if (next === null) return;
    event.preventDefault();
    links[next]?.focus();
  });
}
