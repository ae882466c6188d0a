import type { Lang } from "../../src/i18n/format.ts";
import type { Aggregates } from "../../src/stats/types.ts";

/** One page of a template in one language, and the HTTP status the server must answer for it. */
export interface PageCase {
  template: string;
  lang: Lang;
  path: string;
  status: number;
}

/** The latest course's id as it appears in its address: "2018-ADV" → "2018-adv". */
function latestCourseSlug(stats: Aggregates): string {
  const course = stats.courses.at(-1);
  if (!course) throw new Error("The aggregated data has no course: the course page cannot be tested");
  return course.id.toLowerCase();
}

/** Every page template of the site in Vietnamese and English; the 404 page is the one the server returns for a missing address. */
export function pageCases(stats: Aggregates): PageCase[] {
  const course = latestCourseSlug(stats);
  const pairs: Array<[string, string, string]> = [
    ["home", "/", "/en/"],
    ["map", "/ban-do/", "/en/map/"],
    ["progress", "/tien-do/", "/en/progress/"],
    ["courses", "/khoa-hoc/", "/en/courses/"],
    ["course", `/khoa-hoc/${course}/`, `/en/courses/${course}/`],
    ["provinces", "/tinh/", "/en/provinces/"],
    ["province", "/tinh/ha-noi/", "/en/provinces/ha-noi/"],
    ["unit", "/don-vi-2025/ho-chi-minh/", "/en/units-2025/ho-chi-minh/"],
    ["about", "/gioi-thieu/", "/en/about/"],
    ["data", "/du-lieu/", "/en/data/"],
    ["check-data", "/kiem-tra-du-lieu/", "/en/check-data/"],
  ];
  return [
    ...pairs.flatMap(([template, vi, en]) => [
      { template, lang: "vi" as const, path: vi, status: 200 },
      { template, lang: "en" as const, path: en, status: 200 },
    ]),
    { template: "404", lang: "vi", path: "/khong-co-trang-nay/", status: 404 },
  ];
}

/** The address of the same page in the other language, for the pages that have one. */
export function counterpart(cases: PageCase[], page: PageCase): PageCase | undefined {
  return cases.find((c) => c.template === page.template && c.lang !== page.lang);
}

/** The chart-only pages made for iframes on other sites: no header, footer or language switch, so only axe checks them here. */
export function embedCases(): PageCase[] {
  return [
    { template: "embed", lang: "vi", path: "/nhung/coverage/", status: 200 },
    { template: "embed", lang: "en", path: "/en/embed/coverage/", status: 200 },
    { template: "embed-map", lang: "vi", path: "/nhung/map-provinces/", status: 200 },
    { template: "embed-map", lang: "en", path: "/en/embed/map-provinces/", status: 200 },
  ];
}
