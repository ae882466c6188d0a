import type { Contract } from "../data/contract/contract-of.ts";
import type { Organisation, Programme, Region } from "../data/types.ts";

/** The order the site lists organisation types, regions and programmes in: the descriptor's, so a new value needs no code. */
export interface Orders {
  organisations: readonly Organisation[];
  regions: readonly Region[];
  programmes: readonly Programme[];
}

/** ordersOf(dataset.contract).regions → ["NMM", "RRD", …], as data/datapackage.json lists them. */
export function ordersOf(contract: Contract): Orders {
  return {
    organisations: (contract.enums["participants.organisation"] ?? []) as Organisation[],
    regions: (contract.enums["provinces.region"] ?? []) as Region[],
    programmes: (contract.enums["courses.programme"] ?? []) as Programme[],
  };
}
