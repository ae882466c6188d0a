/**
 * Map tooltip.
 *
 * Markup contract (inside <section data-map-explorer>):
 *   <div class="map-layer" data-layer="provinces"><svg>…<a href="/tinh/ha-noi/"><path data-id="01" …>
 *   <div data-map-tooltip hidden></div>   (created when absent)
 * On mouse hover and keyboard focus of a feature link, shows the unit's name and figures for the
 * selected year next to the feature, inside the viewport; hides on mouse leave, blur, Escape and scroll.
 * While shown for a focused link, the link is described by the tooltip (aria-describedby).
 */
import type { MapData } from "../charts/map-data.ts";
import type { MapState } from "./map-state.ts";
import { tooltipLines } from "./map-text.ts";
import { tooltipPosition } from "./tooltip-position.ts";

/** The feature link an event happened in, with its shape, layer and id. */
function featureOf(node: EventTarget | null) {
  const link = node instanceof Element ? node.closest("a") : null;
  const shape = link?.querySelector<SVGGraphicsElement>("[data-id]");
  const layer = link?.closest<HTMLElement>(".map-layer[data-layer]")?.dataset.layer;
  const id = shape?.getAttribute("data-id");
  return link && shape && layer && id ? { link, shape, layer, id } : null;
}

/** Shows figures for the year of the current view on hover and focus of the section's features. */
export function mapTooltip(section: HTMLElement, data: MapData, view: () => MapState): void {
  let tooltip = section.querySelector<HTMLElement>("[data-map-tooltip]");
  if (!tooltip) {
    tooltip = document.createElement("div");
    tooltip.setAttribute("data-map-tooltip", "");
    tooltip.hidden = true;
    section.append(tooltip);
  }
  const box = tooltip;
  box.id ||= `map-tooltip-${Math.random().toString(36).slice(2, 8)}`;
  box.classList.add("map-tooltip");
  Object.assign(box.style, { position: "fixed", pointerEvents: "none", zIndex: "10", maxWidth: "calc(100vw - 16px)" });
  let current: Element | null = null;

  const hide = () => {
    current?.removeAttribute("aria-describedby");
    current = null;
    box.hidden = true;
  };
  const show = (target: EventTarget | null, focused: boolean) => {
    const feature = featureOf(target);
    const entry = feature && data.layers[feature.layer as keyof MapData["layers"]]?.[feature.id];
    if (!feature || !entry) return;
    hide();
    const [name, ...figures] = tooltipLines(entry, view().year, data);
    const heading = document.createElement("strong");
    heading.textContent = name ?? "";
    box.replaceChildren(heading, ...figures.map((line) => Object.assign(document.createElement("div"), { textContent: line })));
    // Measured at the origin, so the previous position cannot narrow it.
    box.style.left = "0px";
    box.style.top = "0px";
    box.hidden = false;
    const size = box.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const { left, top } = tooltipPosition(feature.shape.getBoundingClientRect(), size, viewport);
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
    if (focused) feature.link.setAttribute("aria-describedby", box.id);
    current = feature.link;
  };

  section.addEventListener("mouseover", (event) => show(event.target, false));
  section.addEventListener("mouseout", (event) => {
    if (featureOf(event.target)?.link !== featureOf(event.relatedTarget)?.link) hide();
  });
  section.addEventListener("focusin", (event) => show(event.target, true));
  section.addEventListener("focusout", hide);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !box.hidden) hide();
  });
  window.addEventListener("scroll", hide, { passive: true });
}
