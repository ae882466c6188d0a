import en from "../../src/i18n/en.json" with { type: "json" };
import vi from "../../src/i18n/vi.json" with { type: "json" };
import { translator, type Messages } from "../../src/i18n/translate.ts";
import type { Dataset } from "../../src/data/types.ts";
import { siteData } from "../../src/site/site-data.ts";
import { aggregate } from "../../src/stats/aggregate.ts";
import { viewContext } from "../../src/site/views/context.ts";
import { sampleDataset } from "../fixtures/datasets.ts";

/** The views' context over a dataset, with strict translations (a missing key throws). */
export function contextOf(dataset: Dataset) {
  const site = siteData(dataset, aggregate(dataset), { version: "0.1.0" }, "https://example.test");
  const t = translator({ vi: vi as Messages, en: en as Messages }, { strict: true });
  return viewContext(site, t);
}

/** The views' context over the frozen sample data. */
export function sampleContext() {
  return contextOf(sampleDataset());
}
