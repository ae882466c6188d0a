import { aggregate } from "../../src/stats/index.ts";
import { loadSample } from "../stats/load-sample.ts";

/** The aggregate of data/, computed here from the validated CSVs: what every figure on the pages must equal. */
export const stats = aggregate(loadSample());
