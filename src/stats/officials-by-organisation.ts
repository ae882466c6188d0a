import type { OrganisationOfficials } from "./types.ts";
import type { Participation } from "./participations.ts";
import { organisationCounts, organisations } from "./organisations.ts";

/** Officials per organisation type, every type listed in display order. */
export function officialsByOrganisation(rows: readonly Participation[]): OrganisationOfficials[] {
  const counts = organisationCounts(rows);
  return organisations.map((organisation) => ({ organisation, officials: counts[organisation] }));
}
