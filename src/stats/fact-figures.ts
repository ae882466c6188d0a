import type { FactIndicator, PublishedFact } from "../data/types.ts";
import type { Figures } from "./types.ts";

/** How a published figure is read from the figures the pages print, and which target it bears on. */
export interface FactFigure {
  /** The same figure from `figures` as of the fact's date (null figures: no course had begun); null when the data cannot compute it. */
  read: (figures: Figures | null, fact: PublishedFact) => number | null;
  /** What that figure rests on; null when the data cannot compute it. */
  basis: (figures: Figures | null, fact: PublishedFact) => "derived" | "sample" | null;
  /** The target indicator it measures (a count of the 63 provinces), and whether the count can only grow. */
  target: { indicator: "doit_staff_trained"; cumulative: boolean } | null;
}

const course = (figures: Figures | null, fact: PublishedFact) => figures?.courses.find((c) => c.id === fact.subject);

/**
 * Each indicator of published-facts.csv. "provinces_trained_practice" (the source does not say which
 * course) is checked against the provinces reached by the advanced course, the course named for
 * assessment practice; "provinces_cp_specialists" is the source's own statement and nothing in the rows computes it.
 */
export const factFigures: Readonly<Record<FactIndicator, FactFigure>> = {
  provinces_trained_practice: {
    read: (figures) => figures?.coverage.advanced.provinces.at(-1)?.count ?? 0,
    basis: (figures) => (figures?.bases.coverage === "sample" ? "sample" : "derived"),
    target: { indicator: "doit_staff_trained", cumulative: true },
  },
  provinces_trained_any: {
    read: (figures) => figures?.coverage.all.provinces.at(-1)?.count ?? 0,
    basis: (figures) => (figures?.bases.coverageAny === "sample" ? "sample" : "derived"),
    target: null,
  },
  officials_trained: {
    read: (figures) => figures?.officials.total ?? 0,
    basis: (figures) => (figures?.bases.officials === "sample" ? "sample" : "derived"),
    target: null,
  },
  course_trainees: {
    read: (figures, fact) => course(figures, fact)?.officials ?? 0,
    basis: (figures, fact) => (course(figures, fact)?.basis.participants === "sample" ? "sample" : "derived"),
    target: null,
  },
  course_provinces: {
    read: (figures, fact) => course(figures, fact)?.provinceCount ?? 0,
    basis: (figures, fact) => (course(figures, fact)?.basis.participants === "sample" ? "sample" : "derived"),
    target: null,
  },
  provinces_cp_specialists: { read: () => null, basis: () => null, target: { indicator: "doit_staff_trained", cumulative: false } },
};
