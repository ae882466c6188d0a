import type { Lang } from "../../i18n/format.ts";
import { enumLabel } from "../../data/contract/contract-of.ts";
import type { Province, Unit2025 } from "../../data/types.ts";
import type { CourseSummary, ProvinceOfficials, UnitOfficials } from "../../stats/index.ts";
import type { SiteData } from "../site-data.ts";

/** The translator the views use: t("nav.map", "vi") → "Bản đồ". */
export type Translate = (key: string, lang: Lang, params?: Record<string, string | number>) => string;

/** What every view needs: the site's data, lookups by code (each an index built once), and the translator. */
export interface ViewContext {
  site: SiteData;
  t: Translate;
  province: (code: string) => Province;
  unit: (code: string) => Unit2025;
  /** The figures of a province, a unit of 2025, or a course, by code or id. */
  provinceOfficials: (code: string) => ProvinceOfficials;
  unitOfficials: (code: string) => UnitOfficials;
  course: (id: string) => CourseSummary;
  name: (record: { name_vi: string; name_en: string }, lang: Lang) => string;
  /** What an enum value means, from the data contract: label("participants.organisation", "doit", "vi") → "Sở Công Thương". */
  label: (key: string, value: string, lang: Lang) => string;
}

/** Builds the shared context once per build. Unknown codes throw: the validator has already refused them. */
export function viewContext(site: SiteData, t: Translate): ViewContext {
  const provinces = new Map(site.dataset.provinces.map((p) => [p.code, p]));
  const units = new Map(site.dataset.units.map((u) => [u.code, u]));
  const provinceOfficials = new Map(site.stats.officials.byProvince.map((p) => [p.code, p]));
  const unitOfficials = new Map(site.stats.officials.byUnit.map((u) => [u.code, u]));
  const courses = new Map(site.stats.courses.map((c) => [c.id, c]));
  const get = <T>(map: Map<string, T>, code: string, what: string): T => {
    const found = map.get(code);
    if (!found) throw new Error(`Unknown ${what} code ${code}`);
    return found;
  };
  return {
    site,
    t,
    province: (code) => get(provinces, code, "province"),
    unit: (code) => get(units, code, "unit"),
    provinceOfficials: (code) => get(provinceOfficials, code, "province"),
    unitOfficials: (code) => get(unitOfficials, code, "unit"),
    course: (id) => get(courses, id, "course"),
    name: (record, lang) => (lang === "vi" ? record.name_vi : record.name_en),
    label: (key, value, lang) => enumLabel(site.dataset.contract, key, value, lang),
  };
}
