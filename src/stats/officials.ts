import { group } from "d3-array";
import type { Dataset } from "../data/types.ts";
import type { Officials } from "./types.ts";
import type { Participation } from "./participations.ts";
import { areaOfficials } from "./area-officials.ts";
import { ordersOf } from "./orders.ts";
import { officialsByOrganisation } from "./officials-by-organisation.ts";
import { officialsByProgramme } from "./officials-by-programme.ts";
import { officialsByRegion } from "./officials-by-region.ts";
import { officialsByYear } from "./officials-by-year.ts";

/**
 * Officials trained, counted as training places: one who attends several courses counts in each,
 * and both rounds of one course count once (participants.csv holds one count per course).
 */
export function officials(dataset: Dataset, rows: readonly Participation[], years: readonly number[], courseOrder: readonly string[]): Officials {
  const orders = ordersOf(dataset.contract);
  // Rows grouped by province and by unit in one pass each, rather than one scan of every row per area.
  const byCode = group(rows, (r) => r.code);
  const byUnit = group(rows, (r) => r.unit);
  return {
    total: rows.reduce((n, r) => n + r.officials, 0),
    byYear: officialsByYear(rows, years),
    byProgramme: officialsByProgramme(rows, orders.programmes),
    byOrganisation: officialsByOrganisation(rows, orders.organisations),
    byRegion: officialsByRegion(rows, dataset.provinces, orders.regions),
    byProvince: dataset.provinces.map((p) => ({
      code: p.code,
      name_vi: p.name_vi,
      name_en: p.name_en,
      region: p.region,
      code_2025: p.code_2025,
      ...areaOfficials(byCode.get(p.code) ?? [], years, courseOrder, orders),
    })),
    byUnit: dataset.units.map((u) => ({
      code: u.code,
      name_vi: u.name_vi,
      name_en: u.name_en,
      kind: u.kind,
      members: dataset.provinces.filter((p) => p.code_2025 === u.code).map((p) => p.code),
      ...areaOfficials(byUnit.get(u.code) ?? [], years, courseOrder, orders),
    })),
  };
}
