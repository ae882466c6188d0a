/** The data contract as the site reads it at run time: every enum in the descriptor's order, and its labels. */
import type { PackageDescriptor } from "../schema.ts";

export interface Contract {
  /** Every allowed value by "resource.field", in the descriptor's order: the order the site lists them in. */
  enums: Record<string, string[]>;
  /** What each value means, in both languages (x-enumLabels), by "resource.field". */
  labels: Record<string, Record<string, { vi: string; en: string }>>;
}

/** contractOf(descriptor).enums["participants.organisation"] → ["doit", "promotion_centre", …]. */
export function contractOf(descriptor: PackageDescriptor): Contract {
  const contract: Contract = { enums: {}, labels: {} };
  for (const resource of descriptor.resources) {
    for (const field of resource.schema.fields) {
      const key = `${resource.name}.${field.name}`;
      if (field.constraints?.enum) contract.enums[key] = [...field.constraints.enum];
      if (field["x-enumLabels"]) contract.labels[key] = field["x-enumLabels"];
    }
  }
  return contract;
}

/** A value's label in one language, or the value itself when the contract gives none: ("participants.organisation", "doit", "vi") → "Sở Công Thương". */
export function enumLabel(contract: Contract, key: string, value: string, lang: "vi" | "en"): string {
  return contract.labels[key]?.[value]?.[lang] ?? value;
}
