import { escapeXml as escapeHtml } from "../text/escape.ts";
import type { LegendItem } from "./legend-model.ts";


/**
 * The legend's inner HTML, usable by the build and the browser alike:
 * <p class="legend-title">…</p><ul class="legend-items"><li><svg class="legend-swatch">…</svg> 1–4</li>…</ul>
 */
export function legendMarkup(title: string, items: readonly LegendItem[]): string {
  const rows = items.map(
    (item) =>
      `<li><svg class="legend-swatch" width="16" height="16" aria-hidden="true" focusable="false">` +
      `<rect x="0.5" y="0.5" width="15" height="15" fill="${escapeHtml(item.colour)}" stroke="#767676"/></svg> ` +
      `${escapeHtml(item.label)}</li>`,
  );
  return `<p class="legend-title">${escapeHtml(title)}</p><ul class="legend-items">${rows.join("")}</ul>`;
}
