import { aggregate } from "../../src/stats/aggregate.ts";
import { validatedFolder } from "../fixtures/datasets.ts";

/** The aggregate of data/, the folder the browser tests build the site from: what every figure on the pages must equal. */
export const stats = aggregate(validatedFolder(new URL("../../data/", import.meta.url)));
