import type { Dataset } from "../../src/data/types.ts";
import { datasetOf } from "../fixtures/datasets.ts";

export const U1 = "https://example.org/basic-2014";
export const U2 = "https://example.org/advanced-2016";
export const U3 = "https://example.org/advanced-2017";
export const U4 = "https://example.org/advanced-2016-round-2";

/**
 * A small dataset whose answers are computed by hand in the tests.
 * Five provinces in three 2025 units: 01 → 01; 25 and 26 → 25; 74 and 79 → 79.
 * Courses: 2014-BAS (one round, 2014-09-10), 2015-ADV (illustrative, round 1 month only 2015-06),
 * 2016-ADV (trainees 4 published, rounds listed out of order, round 2 planned), 2017-ADV (no rounds: counts from 2017-12-31).
 * Officials: 2014-BAS 01:3 26:2 79:1 (79 illustrative); 2015-ADV 01:2 25:1; 2016-ADV 26:1 74:2 01:1; 2017-ADV 79:2.
 */
export function fixture(): Dataset {
  return datasetOf({
    provinces: [
      { code: "01", name_vi: "Hà Nội", name_en: "Ha Noi", iso_3166_2: "VN-HN", region: "RRD", code_2025: "01" },
      { code: "25", name_vi: "Phú Thọ", name_en: "Phu Tho", iso_3166_2: "VN-68", region: "NMM", code_2025: "25" },
      { code: "26", name_vi: "Vĩnh Phúc", name_en: "Vinh Phuc", iso_3166_2: "VN-70", region: "RRD", code_2025: "25" },
      { code: "74", name_vi: "Bình Dương", name_en: "Binh Duong", iso_3166_2: "VN-57", region: "SE", code_2025: "79" },
      { code: "79", name_vi: "Hồ Chí Minh", name_en: "Ho Chi Minh City", iso_3166_2: "VN-SG", region: "SE", code_2025: "79" },
    ],
    units: [
      { code: "01", name_vi: "Hà Nội", name_en: "Ha Noi", kind: "city" },
      { code: "25", name_vi: "Phú Thọ", name_en: "Phu Tho", kind: "province" },
      { code: "79", name_vi: "Hồ Chí Minh", name_en: "Ho Chi Minh City", kind: "city" },
    ],
    courses: [
      { id: "2014-BAS", year: 2014, programme: "basic", title_vi: "Khóa cơ bản 2014", title_en: "Basic course 2014", trainees: null, source_url: U1, status: "published", notes: null },
      { id: "2015-ADV", year: 2015, programme: "advanced", title_vi: "Khóa nâng cao 2015", title_en: "Advanced course 2015", trainees: null, source_url: null, status: "illustrative", notes: null },
      { id: "2016-ADV", year: 2016, programme: "advanced", title_vi: "Khóa nâng cao 2016", title_en: "Advanced course 2016", trainees: 4, source_url: U2, status: "published", notes: "4 học viên / 4 trainees" },
      { id: "2017-ADV", year: 2017, programme: "advanced", title_vi: "Khóa nâng cao 2017", title_en: "Advanced course 2017", trainees: null, source_url: U3, status: "published", notes: null },
    ],
    sessions: [
      { course_id: "2014-BAS", round: 1, start_date: "2014-09-10", end_date: "2014-09-12", city: "Hà Nội", province_code: "01", days: 3, state: "held", source_url: null, status: "illustrative", notes: null },
      { course_id: "2015-ADV", round: 1, start_date: "2015-06", end_date: null, city: "Đà Nẵng", province_code: null, days: null, state: "held", source_url: null, status: "illustrative", notes: null },
      { course_id: "2015-ADV", round: 2, start_date: "2015-10-20", end_date: null, city: null, province_code: null, days: null, state: "held", source_url: null, status: "illustrative", notes: null },
      { course_id: "2016-ADV", round: 2, start_date: "2016-10", end_date: null, city: null, province_code: null, days: null, state: "planned", source_url: U4, status: "published", notes: null },
      { course_id: "2016-ADV", round: 1, start_date: "2016-05-09", end_date: "2016-05-11", city: "Hồ Chí Minh", province_code: "79", days: 3, state: "held", source_url: U2, status: "published", notes: null },
    ],
    participants: [
      { course_id: "2014-BAS", province_code: "01", organisation: "doit", officials: 3, source_url: U1, status: "published" },
      { course_id: "2014-BAS", province_code: "26", organisation: "doit", officials: 2, source_url: U1, status: "published" },
      { course_id: "2014-BAS", province_code: "79", organisation: "promotion_centre", officials: 1, source_url: null, status: "illustrative" },
      { course_id: "2015-ADV", province_code: "01", organisation: "cp_centre", officials: 2, source_url: null, status: "illustrative" },
      { course_id: "2015-ADV", province_code: "25", organisation: "doit", officials: 1, source_url: null, status: "illustrative" },
      { course_id: "2016-ADV", province_code: "26", organisation: "doit", officials: 1, source_url: U2, status: "published" },
      { course_id: "2016-ADV", province_code: "74", organisation: "consultancy", officials: 2, source_url: U2, status: "published" },
      { course_id: "2016-ADV", province_code: "01", organisation: "doit", officials: 1, source_url: U2, status: "published" },
      { course_id: "2017-ADV", province_code: "79", organisation: "doit", officials: 2, source_url: U3, status: "published" },
    ],
    targets: [
      { indicator: "doit_staff_trained", year: 2020, target_percent: 90, source_url: U1, label_vi: "90% năm 2020", label_en: "90% by 2020" },
      { indicator: "doit_staff_trained", year: 2015, target_percent: 70, source_url: U1, label_vi: "70% năm 2015", label_en: "70% by 2015" },
    ],
    facts: [],
    changelog: [],
  });
}
