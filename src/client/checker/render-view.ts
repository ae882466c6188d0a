/** The whole result of a check on the page: the files checked, the report, what the change does, and the previews. */
import type { CheckView } from "../../checker/check-view.ts";
import { bilingual, el } from "./dom.ts";
import { renderChanges } from "./render-changes.ts";
import { renderPreview } from "./render-preview.ts";
import { renderReport } from "./render-report.ts";
import type { UiText } from "./ui-text.ts";

/** The one-line outcome announced in the live region. */
export function outcome(view: CheckView, t: UiText): string {
  if (view.given === 0) return t("nothingGiven");
  const errors = view.sections.filter((s) => s.severity === "error").reduce((n, s) => n + s.items.length + Number(s.more?.match(/\d+/)?.[0] ?? 0), 0);
  if (errors > 0) return t("doneErrors", { count: errors });
  return view.sections.length ? t("doneWarnings") : t("doneValid");
}

/** renderView(view, t) → the content of the results region. */
export function renderView(view: CheckView, t: UiText): DocumentFragment {
  const out = document.createDocumentFragment();
  out.append(el("h2", { id: "checker-results-heading" }, t("resultsHeading")));
  if (view.unknown.length) out.append(el("p", { class: "notice", "data-unknown": "" }, t("unknownFiles", { names: view.unknown.join(", ") })));
  if (view.given === 0) {
    out.append(el("p", { class: "notice", "data-nothing": "" }, t("nothingGiven")));
    return out;
  }
  const sources = view.origins.map((o) => el("li", { "data-origin": o.origin, "data-path": o.path }, el("code", {}, o.path), ` — ${t(`origin-${o.origin}`, { name: o.name })}`));
  out.append(el("details", { class: "checker-sources" }, el("summary", {}, t("sourcesHeading")), el("ul", {}, ...sources)));
  out.append(el("div", { class: "checker-report", "data-report": "" }, renderReport(view)));
  if (view.changes) out.append(renderChanges(view.changes));
  if (view.changesNote) out.append(el("p", { "data-changes-note": "" }, bilingual(view.changesNote)));
  for (const preview of view.previews) out.append(renderPreview(preview, t));
  return out;
}
