/** The figures of the site a change moves: the headline, the target verdicts and each province's officials. */
import type { Aggregates, Basis, Headline, TargetVerdict } from "../stats/types.ts";

/** A province's figures as its page shows them. */
export interface ProvinceFigures {
  officials: number;
  firstAdvancedYear: number | null;
  basis: Basis;
}

export interface ProvinceChange {
  code: string;
  name_vi: string;
  name_en: string;
  before: ProvinceFigures | null;
  after: ProvinceFigures | null;
}

export interface VerdictChange {
  targetYear: number;
  targetPercent: number;
  before: TargetVerdict | null;
  after: TargetVerdict | null;
}

export interface FigureChanges {
  headline: { before: Headline | null; after: Headline | null; changed: boolean };
  /** Only the verdicts that change. */
  verdicts: VerdictChange[];
  /** Only the provinces whose figures change, in code order. */
  provinces: ProvinceChange[];
}

const headlineKey = (h: Headline | null) => (h ? [h.date, h.count, h.total, h.basis, h.comparison, h.source_url].join("|") : "");
const verdictKey = (v: TargetVerdict | null) =>
  v ? [v.status, v.targetCount, v.total, v.evidence?.date, v.evidence?.count, v.evidence?.basis, v.gapCount, v.projection?.year].join("|") : "";
const provinceKey = (p: ProvinceFigures | null) => (p ? [p.officials, p.firstAdvancedYear, p.basis].join("|") : "");

/** figureChanges(before, after) → the headline before and after, and the verdicts and provinces that differ. */
export function figureChanges(before: Aggregates, after: Aggregates): FigureChanges {
  const verdictId = (v: TargetVerdict) => `${v.indicator}:${v.targetYear}`;
  const oldVerdicts = new Map(before.verdicts.map((v) => [verdictId(v), v]));
  const newVerdicts = new Map(after.verdicts.map((v) => [verdictId(v), v]));
  const verdicts = [...new Set([...oldVerdicts.keys(), ...newVerdicts.keys()])]
    .map((id) => ({ before: oldVerdicts.get(id) ?? null, after: newVerdicts.get(id) ?? null }))
    .filter((c) => verdictKey(c.before) !== verdictKey(c.after))
    .map((c) => ({ targetYear: (c.after ?? c.before)!.targetYear, targetPercent: (c.after ?? c.before)!.targetPercent, ...c }))
    .sort((a, b) => a.targetYear - b.targetYear);

  const figuresOf = (p: Aggregates["officials"]["byProvince"][number]): ProvinceFigures => ({ officials: p.officials, firstAdvancedYear: p.firstAdvancedYear, basis: p.basis });
  const oldProvinces = new Map(before.officials.byProvince.map((p) => [p.code, p]));
  const newProvinces = new Map(after.officials.byProvince.map((p) => [p.code, p]));
  const provinces = [...new Set([...oldProvinces.keys(), ...newProvinces.keys()])]
    .sort()
    .map((code): ProvinceChange => {
      const old = oldProvinces.get(code);
      const now = newProvinces.get(code);
      const named = (now ?? old)!;
      return { code, name_vi: named.name_vi, name_en: named.name_en, before: old ? figuresOf(old) : null, after: now ? figuresOf(now) : null };
    })
    .filter((c) => provinceKey(c.before) !== provinceKey(c.after));

  return { headline: { before: before.headline, after: after.headline, changed: headlineKey(before.headline) !== headlineKey(after.headline) }, verdicts, provinces };
}
