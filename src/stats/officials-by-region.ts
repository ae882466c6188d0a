import type { Province, Region } from "../data/types.ts";
import type { RegionOfficials } from "./types.ts";
import type { Participation } from "./participations.ts";
import { basisOf } from "./basis.ts";

/** Officials and provinces reached (any course, advanced course) per region, in the contract's order (GSO's, north to south). */
export function officialsByRegion(rows: readonly Participation[], provinces: readonly Province[], regions: readonly Region[]): RegionOfficials[] {
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
