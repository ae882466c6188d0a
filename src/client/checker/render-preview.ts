/** A preview table of a checked file: the spreadsheet row numbers, the header, and the cells with a problem marked. */
import type { PreviewRow, TablePreview } from "../../checker/table-preview.ts";
import { el } from "./dom.ts";
import type { UiText } from "./ui-text.ts";

function cell(tag: "td" | "th", text: string, bad: boolean, t: UiText): HTMLElement {
  const attributes: Record<string, string> = tag === "th" ? { scope: "col" } : {};
  if (!bad) return el(tag, attributes, text);
  return el(tag, { ...attributes, class: "checker-bad", "data-bad": "" }, el("mark", {}, text), el("span", { class: "visually-hidden" }, ` (${t("badCell")})`));
}

function row(r: PreviewRow, width: number, header: boolean, t: UiText): HTMLTableRowElement {
  const cells = Array.from({ length: Math.max(width, r.cells.length) }, (_, i) => cell(header ? "th" : "td", r.cells[i] ?? "", r.bad.includes(i), t));
  const number = el("th", { scope: header ? "col" : "row" }, header ? t("colRow") : String(r.row));
  return el("tr", { "data-row": String(r.row), ...(r.badRow ? { class: "checker-bad-row", "data-bad-row": "" } : {}) }, number, ...cells);
}

/** renderPreview(preview, t) → a disclosure with a scrollable table, open when the file has problems. */
export function renderPreview(preview: TablePreview, t: UiText): HTMLElement {
  const width = preview.header.cells.length;
  const bad = [preview.header, ...preview.rows].some((r) => r.badRow || r.bad.length > 0);
  const caption = t(bad ? "previewCaption" : "previewCaptionFirst", { file: preview.file, shown: preview.rows.length, total: preview.total });
  const table = el(
    "table",
    { class: "checker-preview", "data-preview": preview.file },
    el("caption", {}, caption),
    el("thead", {}, row(preview.header, width, true, t)),
    el("tbody", {}, ...preview.rows.map((r) => row(r, width, false, t))),
  );
  const details = el("details", { class: "checker-preview-box" }, el("summary", {}, t("previewHeading", { file: preview.file })), el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": caption }, table));
  details.open = bad;
  return details;
}
