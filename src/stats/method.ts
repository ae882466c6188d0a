import type { Method } from "./types.ts";
import { gainWindowYears } from "./target-progress.ts";

/**
 * How the figures are computed, as codes for the site to put into words: officials are training
 * places (one official in several courses counts in each; both rounds of one course count once);
 * coverage is cumulative distinct areas; a 2025 unit counts when any former province does; a course
 * counts from its round-1 start (month only → first of month; unknown → 31 December); target counts
 * round up; projections use the average annual gain over the last three data years (two years minimum).
 */
export const method: Method = {
  countUnit: "training-places",
  roundsCountOnce: true,
  coverage: "cumulative-distinct",
  unitBasis: "any-former-province",
  courseStart: { rule: "round-1-start", monthOnly: "first-of-month", unknown: "31-december" },
  targetCount: "ceil",
  projection: { gain: "average-annual", windowYears: gainWindowYears, minimumYears: 2 },
};
