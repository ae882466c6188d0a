import type { Method } from "./types.ts";
import { gainWindowYears } from "./target-verdict.ts";

/**
 * How the figures are computed, as codes for the site to put into words: officials are training
 * places (one official in several courses counts in each; both rounds of one course count once);
 * coverage is cumulative distinct areas; a 2025 unit counts when any former province does; a course
 * counts from its round-1 start (month only → first of month; year only or unknown → 31 December);
 * target counts round up; projections use the average annual gain between two figures up to three years
 * apart; verdicts rest on published and derived figures, and read the calendar from the release date.
 */
export const method: Method = {
  countUnit: "training-places",
  roundsCountOnce: true,
  coverage: "cumulative-distinct",
  unitBasis: "any-former-province",
  courseStart: { rule: "round-1-start", monthOnly: "first-of-month", yearOnly: "31-december", unknown: "31-december" },
  targetCount: "ceil",
  projection: { gain: "average-annual", windowYears: gainWindowYears, minimumFigures: 2 },
  verdicts: { bases: ["published", "derived"], calendar: "release-date" },
};
