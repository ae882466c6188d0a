/** Typed rows of the ministry's CSV files, after validation and normalisation: the contract of data/datapackage.json (src/data/contract.ts). */
import type { Contract } from "./contract/contract-of.ts";
import type { DatasetRows, EnumOf, Rows } from "./contract.ts";

export type Status = EnumOf<"courses.status">;
export type Region = EnumOf<"provinces.region">;
export type Programme = EnumOf<"courses.programme">;
export type Organisation = EnumOf<"participants.organisation">;
export type Comparison = EnumOf<"published-facts.comparison">;
export type FactIndicator = EnumOf<"published-facts.indicator">;
/** Whether a round took place, or the source only announced it. */
export type SessionState = EnumOf<"sessions.state">;

export type Province = Rows["provinces"];
export type Unit2025 = Rows["provinces-2025"];
export type Course = Rows["courses"];
/** Dates are ISO: "2018-05-09", "2018-10" when only the month is known, "2017" when only the year. */
export type Session = Rows["sessions"];
export type Participant = Rows["participants"];
export type Target = Rows["targets"];
export type PublishedFact = Rows["published-facts"];
/** One data release, from data/changelog.csv: what changed, for the home page and the Atom feed. */
export type Release = Rows["changelog"];

/** The whole validated dataset: one array per resource of data/datapackage.json, and the contract they were read by. */
export interface Dataset extends DatasetRows {
  /** The enums of the descriptor, in its order, with their labels: what the site lists and names. */
  contract: Contract;
}

/** One published figure beside the same figure computed from the data; null when the data cannot compute it. */
export interface FactCheck {
  fact: PublishedFact;
  computed: number | null;
  /** What the computed figure rests on: rows with a source (derived) or any illustrative row (sample). */
  computedBasis: "derived" | "sample" | null;
  /** The data agree with the fact; null when nothing in the data computes it. */
  ok: boolean | null;
}
