import type { Organisation } from "../data/types.ts";
import type { OrganisationOfficials } from "./types.ts";
import type { Participation } from "./participations.ts";
import { organisationCounts } from "./organisations.ts";

/** Officials per organisation type, every type listed in the contract's order. */
export function officialsByOrganisation(rows: readonly Participation[], order: readonly Organisation[]): OrganisationOfficials[] {
  const counts = organisationCounts(rows, order);
  return order.map((organisation) => ({ organisation, officials: counts[organisation] ?? 0 }));
}
