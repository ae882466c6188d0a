/** The report of a check, as `npm run check` prints it: problems by file, Vietnamese then English with the code, then the footer. */
import type { CheckView } from "../../checker/check-view.ts";
import { bilingual, el } from "./dom.ts";

/** renderReport(view) → one section per file and severity, and the footer. */
export function renderReport(view: Pick<CheckView, "sections" | "footer">): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const section of view.sections) {
    const items = section.items.map((item) =>
      el("li", { "data-code": item.problem.code }, bilingual([item.vi, item.en]), " ", el("code", {}, `[${item.problem.code}]`)),
    );
    out.append(
      el(
        "section",
        { class: `checker-file checker-${section.severity}`, "data-report-file": section.file, "data-severity": section.severity },
        el("h3", { "data-heading": "" }, section.heading),
        el("ol", { class: "checker-problems" }, ...items),
        section.more ? el("p", { "data-more": "" }, section.more) : null,
      ),
    );
  }
  out.append(el("p", { class: "checker-footer", "data-footer": "" }, bilingual(view.footer)));
  return out;
}
