/** The datasets the benchmark measures, sized from the shipped data/. */
import { dataSummary } from "./data-summary.ts";
import type { DatasetSpec } from "./synthetic-data.ts";

/** One dataset to measure: data/ itself (no spec) or a synthetic one, with how many runs and how long a run may take. */
export interface BenchDataset {
  name: string;
  note: string;
  runs: number;
  timeoutMinutes: number;
  spec?: DatasetSpec;
}

// A course has one participant row per province and organisation type at most: 63 × 5.
const ROWS_PER_COURSE = 63 * 5;
// Course ids are "YYYY-BAS" or "YYYY-ADV" for a year of 2010–2100: at most 182 courses.
const COURSE_IDS = 91 * 2;

/** data/, then 1×, 10×, 100×, the schema's limit and 1,000× its participant rows, then 1× spread over 2010–2100. */
export function benchDatasets(dataDir: string): BenchDataset[] {
  const shipped = dataSummary(dataDir);
  const synthetic = (factor: number, widened = false): DatasetSpec => {
    const participants = shipped.participants * factor;
    const byGrowth = Math.ceil(shipped.courses * Math.sqrt(factor));
    const byRoom = Math.ceil((participants / ROWS_PER_COURSE) * 1.1);
    const courses = widened ? Math.max(byGrowth, byRoom) : Math.min(COURSE_IDS, Math.max(byGrowth, Math.ceil(participants / ROWS_PER_COURSE)));
    return { name: `${factor}×`, participants, courses, widened };
  };
  const limit = Math.floor((COURSE_IDS * ROWS_PER_COURSE) / shipped.participants);
  return [
    { name: "data/", note: "the shipped data.", runs: 5, timeoutMinutes: 20 },
    { name: "1×", note: "as many courses and participant rows as data/, from 2010 on.", runs: 5, timeoutMinutes: 20, spec: synthetic(1) },
    { name: "10×", note: "courses grow with the square root of the rows, years with the courses.", runs: 5, timeoutMinutes: 20, spec: synthetic(10) },
    { name: "100×", note: "nearly every province and organisation type in every course.", runs: 3, timeoutMinutes: 30, spec: synthetic(100) },
    {
      name: `${limit}× (schema limit)`,
      note: `the most data/datapackage.json admits: ${COURSE_IDS} course ids (two a year, 2010–2100) × ${ROWS_PER_COURSE} rows (63 provinces × 5 organisation types).`,
      runs: 3,
      timeoutMinutes: 30,
      spec: { ...synthetic(limit), name: `${limit}×` },
    },
    {
      name: "1000× (wider ids)",
      note: `beyond what data/datapackage.json admits, so its copy allows course ids with a class number ("2018-ADV-2"); every other rule is the shipped one. One run.`,
      runs: 1,
      timeoutMinutes: 60,
      spec: synthetic(1000, true),
    },
    {
      name: "1× over 2010–2100",
      note: "regression case for the build that never ended: data/'s size with its courses spread over every year the schema allows (91 years).",
      runs: 5,
      timeoutMinutes: 10,
      spec: { name: "1× over 2010–2100", participants: shipped.participants, courses: shipped.courses, spread: true },
    },
  ];
}
