/** The whole result of a check on the page: the files checked, the report, what the change does, and the previews. */
import type { CheckView } from "../../checker/check-view.ts";
import { bilingual, el } from "./dom.ts";
import { renderChanges } from "./render-changes.ts";
import { renderPreview } from "./render-preview.ts";
import { renderReport } from "./render-report.ts";
import type { UiText } from "./ui-text.ts";

/** The one-line outcome announced in the live region. */
export function outcome(view: Pick<CheckView, "given" | "errors" | "warnings">, t: UiText): string {
  if (view.given === 0) return t("nothingGiven");
  if (view.errors > 0) return t("doneErrors", { count: view.errors });
  return view.warnings > 0 ? t("doneWarnings") : t("doneValid");
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
