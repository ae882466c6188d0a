/** The checker page's whole result for the files an official gave: the report, previews and what the change does. */
import { reportFooter, reportSections, type ReportSection } from "../data/report.ts";
import type { PackageDescriptor } from "../data/schema.ts";
import type { Dataset } from "../data/types.ts";
import { checkPackage } from "../pipeline/check-package.ts";
import { aggregate } from "../stats/aggregate.ts";
import { assembleFiles, relabel, workbookReportOptions, type AssembledFiles, type GivenFile } from "./assemble-files.ts";
import { changeSummary, type ChangeSummary } from "./change-summary.ts";
import { againstLabel, noComparison } from "./comparison-notes.ts";
import { dataResources } from "./data-resources.ts";
import type { WorkbookSheet } from "./read-workbook.ts";
import { tablePreview, type TablePreview } from "./table-preview.ts";
import type { Bilingual } from "./texts.ts";
import { workbookFiles } from "./workbook-files.ts";

export interface CheckRequest {
  descriptor: PackageDescriptor;
  csv: GivenFile[];
  workbook: { name: string; sheets: WorkbookSheet[] } | null;
  /** The published site's files (for the files not given) and its dataset (the "before"); null when they could not be loaded. */
  published: { files: Record<string, Uint8Array>; before: Dataset | null } | null;
}

export type CheckStage = "checking" | "preview" | "comparing";

export interface CheckView {
  ok: boolean;
  /** Files the official gave that are a file of the data. */
  given: number;
  errors: number;
  warnings: number;
  sections: ReportSection[];
  footer: Bilingual;
  origins: AssembledFiles["origins"];
  unknown: string[];
  previews: TablePreview[];
  changes: ChangeSummary | null;
  /** Why a successful check shows no comparison. */
  changesNote: Bilingual | null;
}

const DISPLAY_PREFIX = "data/";

/** checkView(request, progress) → what the page shows; `progress` hears each stage as it starts. */
export function checkView(request: CheckRequest, progress: (stage: CheckStage) => void = () => {}): CheckView {
  const descriptor = dataResources(request.descriptor);
  const workbook = request.workbook ? { name: request.workbook.name, files: workbookFiles(descriptor, request.workbook.sheets) } : null;
  const assembled = assembleFiles(descriptor, { csv: request.csv, workbook }, request.published?.files ?? {}, DISPLAY_PREFIX);
  const given = assembled.origins.filter((o) => o.origin === "file" || o.origin === "sheet");
  progress("checking");
  const result = checkPackage(descriptor, assembled.files, { displayPrefix: DISPLAY_PREFIX });
  const problems = relabel(result.problems, assembled.labels);
  progress("preview");
  const previews = given
    .map((o) => tablePreview(assembled.files[o.path]!, assembled.labels[DISPLAY_PREFIX + o.path] ?? DISPLAY_PREFIX + o.path, problems))
    .filter((p): p is TablePreview => p !== null);
  let changes: ChangeSummary | null = null;
  let changesNote: Bilingual | null = null;
  if (result.ok && result.dataset && result.aggregates) {
    progress("comparing");
    const before = request.published?.before;
    try {
      if (!before) throw new Error("no published data");
      const after = { dataset: result.dataset, aggregates: result.aggregates };
      changes = changeSummary(descriptor, { dataset: before, aggregates: aggregate(before) }, after, againstLabel({ kind: "published" }));
    } catch {
      changesNote = noComparison({ kind: "published" }, null);
    }
  }
  const options = given.some((o) => o.origin === "sheet") && workbook ? workbookReportOptions(workbook.name) : {};
  return {
    ok: result.ok,
    given: given.length,
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
    sections: reportSections(problems),
    footer: reportFooter(problems, options),
    origins: assembled.origins,
    unknown: assembled.unknown,
    previews,
    changes,
    changesNote,
  };
}
