import type { Province, Region } from "../data/types.ts";
import type { RegionOfficials } from "./types.ts";
import type { Participation } from "./participations.ts";
import { basisOf } from "./basis.ts";

/** GSO's six socio-economic regions, north to south. */
export const regions: readonly Region[] = ["NMM", "RRD", "NCC", "CH", "SE", "MD"];

/** Officials and provinces reached (any course, advanced course) per region. */
export function officialsByRegion(rows: readonly Participation[], provinces: readonly Province[]): RegionOfficials[] {
  return regions.map((region) => {
    const own = rows.filter((r) => r.region === region);
    return {
      region,
      total: provinces.filter((p) => p.region === region).length,
      officials: own.reduce((n, r) => n + r.officials, 0),
      provincesReached: new Set(own.map((r) => r.code)).size,
      provincesReachedAdvanced: new Set(own.filter((r) => r.programme === "advanced").map((r) => r.code)).size,
      basis: basisOf(own),
    };
  });
}
