/** What a change does to the site, in words: rows per table, the headline, the verdicts and the provinces, before → after. */
import type { PackageDescriptor } from "../data/schema.ts";
import type { Dataset } from "../data/types.ts";
import { formatDate, formatNumber, type Lang } from "../i18n/format.ts";
import type { Aggregates, Headline, TargetVerdict } from "../stats/types.ts";
import { figureChanges, type ProvinceFigures } from "./figure-changes.ts";
import { rowChanges, type TableChanges } from "./row-changes.ts";
import { both, text, type Bilingual } from "./texts.ts";

export interface ChangeSection {
  heading: Bilingual;
  lines: Bilingual[];
}

export interface ChangeSummary {
  /** "Thay đổi so với …" / "Changes against …". */
  heading: Bilingual;
  sections: ChangeSection[];
}

export interface Snapshot {
  dataset: Dataset;
  aggregates: Aggregates;
}

const KEYS_SHOWN = 5;
const PROVINCES_SHOWN = 30;
const k = (name: string) => `checker.changes.${name}`;

function listed(keys: string[], lang: Lang): string {
  const more = keys.length > KEYS_SHOWN ? `, ${text(k("more"), lang, { n: keys.length - KEYS_SHOWN })}` : "";
  return keys.slice(0, KEYS_SHOWN).join(", ") + more;
}

function tableLine(t: TableChanges): Bilingual {
  return both(k("rowsTable"), () => ({ file: t.path, added: t.added.length, changed: t.changed.length, removed: t.removed.length })).map((line, i) => {
    const lang: Lang = i === 0 ? "vi" : "en";
    const parts = (["added", "changed", "removed"] as const).filter((kind) => t[kind].length > 0).map((kind) => text(k(kind), lang, { keys: listed(t[kind], lang) }));
    return parts.length ? `${line} (${parts.join("; ")})` : line;
  }) as Bilingual;
}

function headlineText(h: Headline | null, lang: Lang): string {
  if (!h) return text(k("headlineNone"), lang);
  const value = text(`comparison.${h.comparison}`, lang, { value: formatNumber(h.count, lang) });
  return text(k("headlineFigure"), lang, { value, total: formatNumber(h.total, lang), date: formatDate(h.date, lang), basis: text(`basis.${h.basis}`, lang) });
}

function verdictText(v: TargetVerdict | null, lang: Lang): string {
  if (!v) return text(k("verdictAbsent"), lang);
  const status = text(`status.${v.status}`, lang, { year: v.targetYear });
  if (!v.evidence) return status;
  const value = text(`comparison.${v.evidence.comparison}`, lang, { value: formatNumber(v.evidence.count, lang) });
  return text(k("verdictEvidence"), lang, { status, value, total: formatNumber(v.evidence.total, lang), date: formatDate(v.evidence.date, lang) });
}

function provinceLine(name: Bilingual, before: ProvinceFigures | null, after: ProvinceFigures | null): Bilingual {
  return (["vi", "en"] as const).map((lang, i) => {
    const year = (p: ProvinceFigures | null) => (p?.firstAdvancedYear ? String(p.firstAdvancedYear) : text(k("never"), lang));
    const sample = before?.basis === "sample" || after?.basis === "sample" ? text(k("sample"), lang) : "";
    const line = text(k("province"), lang, { name: name[i]!, before: formatNumber(before?.officials ?? 0, lang), after: formatNumber(after?.officials ?? 0, lang), sample });
    const first = year(before) === year(after) ? "" : text(k("provinceFirstAdvanced"), lang, { before: year(before), after: year(after) });
    return line + first;
  }) as Bilingual;
}

/** changeSummary(descriptor, before, after, against) → the sections the checker page, `npm run check` and the pull-request comment show. */
export function changeSummary(descriptor: PackageDescriptor, before: Snapshot, after: Snapshot, against: Bilingual): ChangeSummary {
  const tables = rowChanges(descriptor, before.dataset, after.dataset).filter((t) => t.added.length + t.changed.length + t.removed.length > 0);
  const figures = figureChanges(before.aggregates, after.aggregates);
  const { headline } = figures;
  const shown = figures.provinces.slice(0, PROVINCES_SHOWN);
  const rest = figures.provinces.length - shown.length;
  return {
    heading: both(k("heading"), (lang) => ({ against: against[lang === "vi" ? 0 : 1] })),
    sections: [
      { heading: both(k("rowsHeading")), lines: tables.length ? tables.map(tableLine) : [both(k("rowsNone"))] },
      {
        heading: both(k("headlineHeading")),
        lines: [
          headline.changed
            ? both(k("beforeAfter"), (lang) => ({ before: headlineText(headline.before, lang), after: headlineText(headline.after, lang) }))
            : both(k("headlineSame"), (lang) => ({ figure: headlineText(headline.after, lang) })),
        ],
      },
      {
        heading: both(k("verdictsHeading")),
        lines: figures.verdicts.length
          ? figures.verdicts.map((v) => both(k("verdict"), (lang) => ({ percent: formatNumber(v.targetPercent, lang), year: v.targetYear, before: verdictText(v.before, lang), after: verdictText(v.after, lang) })))
          : [both(k("verdictsNone"))],
      },
      {
        heading: both(k("provincesHeading")),
        lines: shown.length
          ? [...shown.map((p) => provinceLine([p.name_vi, p.name_en], p.before, p.after)), ...(rest > 0 ? [both(k("provincesMore"), () => ({ n: rest }))] : [])]
          : [both(k("provincesNone"))],
      },
    ],
  };
}
