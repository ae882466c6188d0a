import type { Organisation } from "../data/types.ts";
import type { OrganisationCounts } from "./types.ts";

/** Officials per organisation type of the given rows, every type of `order` present (0 when none), in that order. */
export function organisationCounts(rows: readonly { organisation: Organisation; officials: number }[], order: readonly Organisation[]): OrganisationCounts {
  const counts = Object.fromEntries(order.map((o) => [o, 0])) as OrganisationCounts;
  for (const row of rows) counts[row.organisation] = (counts[row.organisation] ?? 0) + row.officials;
  return counts;
}
