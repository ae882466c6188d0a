export { aggregate } from "./aggregate.ts";
export { combinedBasis } from "./basis.ts";
export { ordersOf } from "./orders.ts";
export type { Aggregates, AreaOfficials, Basis, CourseSummary, Evidence, OrganisationCounts, ProvinceOfficials, SessionSummary, TargetVerdict, UnitOfficials } from "./types.ts";
export { yearRange } from "./year-range.ts";
