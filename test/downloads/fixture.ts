import { readFileSync } from "node:fs";
import type { Dataset, Release } from "../../src/data/types.ts";
import type { DataPackageDescriptor } from "../../src/downloads/types.ts";
import { siteData, type SiteData } from "../../src/site/site-data.ts";
import { aggregate } from "../../src/stats/aggregate.ts";
import { datasetOf, sampleDataset } from "../fixtures/datasets.ts";

export const U = "https://example.org/source";
export const BASE = "https://sxsh.example.vn";

/** data/datapackage.json as parsed. */
export function descriptor(): DataPackageDescriptor {
  return JSON.parse(readFileSync(new URL("../../data/datapackage.json", import.meta.url), "utf8")) as DataPackageDescriptor;
}

export const releases: Release[] = [
  { version: "0.1.0", date: "2018-01-15", summary_vi: "Bản đầu tiên", summary_en: "First release" },
  { version: "0.2.0", date: "2018-03-01", summary_vi: "Thêm khóa 2017 & sửa <tên>", summary_en: "Adds the 2017 course & fixes <names>" },
];

/**
 * Three provinces in two 2025 units (01 → 01; 25 and 26 → 25), two courses:
 * 2016-BAS: 01 doit 2, 26 doit 1 (published); 2017-ADV: 25 doit 2 (illustrative), 01 cp_centre 1 (published).
 * Targets 70% by 2015 and 90% by 2020. Answers are worked out by hand in the tests.
 */
export function smallDataset(): Dataset {
  return datasetOf({
    provinces: [
      { code: "01", name_vi: "Hà Nội", name_en: "Ha Noi", iso_3166_2: "VN-HN", region: "RRD", code_2025: "01" },
      { code: "25", name_vi: "Phú Thọ", name_en: "Phu Tho", iso_3166_2: "VN-68", region: "NMM", code_2025: "25" },
      { code: "26", name_vi: "Vĩnh Phúc", name_en: "Vinh Phuc", iso_3166_2: "VN-70", region: "RRD", code_2025: "25" },
    ],
    units: [
      { code: "01", name_vi: "Hà Nội", name_en: "Ha Noi", kind: "city" },
      { code: "25", name_vi: "Phú Thọ", name_en: "Phu Tho", kind: "province" },
    ],
    courses: [
      { id: "2016-BAS", year: 2016, programme: "basic", title_vi: "Khóa cơ bản 2016", title_en: "Basic course, 2016", trainees: null, source_url: U, status: "published", notes: null },
      { id: "2017-ADV", year: 2017, programme: "advanced", title_vi: "Khóa nâng cao 2017", title_en: "Advanced course, 2017", trainees: 3, source_url: U, status: "published", notes: "Hai đợt / Two rounds" },
    ],
    sessions: [
      { course_id: "2016-BAS", round: 1, start_date: "2016-09-10", end_date: "2016-09-12", city: "Hà Nội", province_code: "01", days: 3, state: "held", source_url: U, status: "published", notes: null },
      { course_id: "2017-ADV", round: 1, start_date: "2017-07", end_date: null, city: "Hà Nội", province_code: "01", days: null, state: "held", source_url: U, status: "published", notes: null },
      { course_id: "2017-ADV", round: 2, start_date: "2017-11-01", end_date: null, city: null, province_code: null, days: null, state: "held", source_url: U, status: "published", notes: null },
    ],
    participants: [
      { course_id: "2016-BAS", province_code: "01", organisation: "doit", officials: 2, source_url: U, status: "published" },
      { course_id: "2016-BAS", province_code: "26", organisation: "doit", officials: 1, source_url: U, status: "published" },
      { course_id: "2017-ADV", province_code: "25", organisation: "doit", officials: 2, source_url: null, status: "illustrative" },
      { course_id: "2017-ADV", province_code: "01", organisation: "cp_centre", officials: 1, source_url: U, status: "published" },
    ],
    targets: [
      { indicator: "doit_staff_trained", year: 2015, target_percent: 70, source_url: U, label_vi: "70% năm 2015", label_en: "70% by 2015" },
      { indicator: "doit_staff_trained", year: 2020, target_percent: 90, source_url: U, label_vi: "90% năm 2020", label_en: "90% by 2020" },
    ],
    facts: [{ indicator: "provinces_trained_practice", subject: null, as_of: "2017-12-31", comparison: "equals", value: 2, source_url: U, source_date: "2018-05-10", quote: null, notes: null }],
    changelog: releases,
  });
}

/** The small dataset with the site's figures; descriptor version 0.1.0 from data/datapackage.json. */
export function smallSite(dataset: Dataset = smallDataset()): SiteData {
  return siteData(dataset, aggregate(dataset), { version: "0.2.0" }, BASE);
}

/** The frozen sample data with the site's figures (the real data contract, the real aggregates). */
export function sampleSite(): SiteData {
  const dataset = sampleDataset();
  return siteData(dataset, aggregate(dataset), descriptor(), BASE);
}
