/**
 * validation-report.html: the text `npm run check` prints, as a page that opens by double-click, Vietnamese
 * first. It stands alone (its style inline) and is never part of the site.
 */
import type { Problem } from "../data/problem.ts";
import { reportFooter, reportSections } from "../data/report.ts";
import { escapeXml } from "../text/escape.ts";
import type { ChangeSummary } from "./change-summary.ts";
import type { Bilingual } from "./texts.ts";

export interface ReportPage {
  problems: readonly Problem[];
  /** What the change does, after a successful check. */
  changes?: ChangeSummary | null;
  /** Further lines the console printed, each in both languages (what was compared, or why nothing was). */
  notes?: readonly Bilingual[];
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}section.error h2{color:#a4000f}section.warning h2{color:#6b4e00}
ul{padding-left:1.2rem}li{margin:.6rem 0}.en{color:#444}code{font-size:.9em;background:#f2f2f2;padding:0 .2em}
.footer{border-top:1px solid #ccc;margin-top:2rem;padding-top:1rem;font-weight:600}`;

const e = (text: string) => escapeXml(text);
const pair = ([vi, en]: Bilingual) => `<span lang="vi">${e(vi)}</span><br><span lang="en" class="en">${e(en)}</span>`;

/** reportHtml({ problems, changes, notes }) → the whole HTML document. */
export function reportHtml(page: ReportPage): string {
  const problems = [...page.problems];
  const sections = reportSections(problems).map(
    (s) =>
      `<section class="${s.severity}"><h2>${e(s.heading)}</h2><ul>` +
      s.items.map((item) => `<li>${pair([item.vi, item.en])} <code>[${e(item.problem.code)}]</code></li>`).join("") +
      (s.more ? `<li>${e(s.more)}</li>` : "") +
      "</ul></section>",
  );
  const notes = (page.notes ?? []).map((note) => `<p>${pair(note)}</p>`);
  const changes = page.changes
    ? [`<h2>${pair(page.changes.heading)}</h2>`, ...page.changes.sections.map((s) => `<h3>${e(s.heading.join(" / "))}</h3><ul>${s.lines.map((l) => `<li>${pair(l)}</li>`).join("")}</ul>`)]
    : [];
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kết quả kiểm tra dữ liệu · Data check</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Kết quả kiểm tra dữ liệu <span lang="en" class="en">· Data check</span></h1>
${sections.join("\n")}
<p class="footer">${pair(reportFooter(problems))}</p>
${[...notes, ...changes].join("\n")}
</body>
</html>
`;
}
