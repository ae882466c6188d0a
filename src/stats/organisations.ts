import type { Organisation } from "../data/types.ts";
import type { OrganisationCounts } from "./types.ts";

/** The organisation types in display order, as in data/datapackage.json. */
export const organisations: readonly Organisation[] = ["doit", "promotion_centre", "cp_centre", "consultancy", "other"];

/** Officials per organisation type of the given rows, with 0 for absent types. */
export function organisationCounts(rows: readonly { organisation: Organisation; officials: number }[]): OrganisationCounts {
  const counts = Object.fromEntries(organisations.map((o) => [o, 0])) as OrganisationCounts;
  for (const row of rows) counts[row.organisation] += row.officials;
  return counts;
}
