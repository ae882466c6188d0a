/** What the change does, before → after, in the same words as `npm run check`. */
import type { ChangeSummary } from "../../checker/change-summary.ts";
import { bilingual, el } from "./dom.ts";

/** renderChanges(summary) → a section with a heading and a list per part. */
export function renderChanges(summary: ChangeSummary): HTMLElement {
  return el(
    "section",
    { class: "checker-changes", "data-changes": "" },
    el("h3", {}, bilingual(summary.heading)),
    ...summary.sections.flatMap((section) => [
      el("h4", {}, `${section.heading[0]} / ${section.heading[1]}`),
      el("ul", {}, ...section.lines.map((line) => el("li", {}, bilingual(line)))),
    ]),
  );
}
