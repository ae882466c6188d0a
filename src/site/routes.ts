import type { Lang } from "../i18n/format.ts";
import { slugify } from "../text/slug.ts";

/** A page's address in each language: the pair behind the language switch and hreflang links. */
export type Urls = Record<Lang, string>;

/**
 * The site's sections. Vietnamese is the default language at the root; English lives under /en/.
 * These URLs are public (journalists link to them): change them only with redirects.
 */
export const SECTIONS = {
  home: { vi: "/", en: "/en/" },
  map: { vi: "/ban-do/", en: "/en/map/" },
  progress: { vi: "/tien-do/", en: "/en/progress/" },
  courses: { vi: "/khoa-hoc/", en: "/en/courses/" },
  provinces: { vi: "/tinh/", en: "/en/provinces/" },
  units: { vi: "/don-vi-2025/", en: "/en/units-2025/" },
  data: { vi: "/du-lieu/", en: "/en/data/" },
  about: { vi: "/gioi-thieu/", en: "/en/about/" },
  check: { vi: "/kiem-tra-du-lieu/", en: "/en/check-data/" },
} as const satisfies Record<string, Urls>;

export type Section = keyof typeof SECTIONS;

/** "2018-ADV" → { vi: "/khoa-hoc/2018-adv/", en: "/en/courses/2018-adv/" }. */
export function courseUrls(id: string): Urls {
  const slug = id.toLowerCase();
  return { vi: `${SECTIONS.courses.vi}${slug}/`, en: `${SECTIONS.courses.en}${slug}/` };
}

/** Hà Nội → { vi: "/tinh/ha-noi/", en: "/en/provinces/ha-noi/" }. */
export function provinceUrls(nameVi: string): Urls {
  const slug = slugify(nameVi);
  return { vi: `${SECTIONS.provinces.vi}${slug}/`, en: `${SECTIONS.provinces.en}${slug}/` };
}

/** The 2025 unit Hồ Chí Minh → { vi: "/don-vi-2025/ho-chi-minh/", en: "/en/units-2025/ho-chi-minh/" }. */
export function unitUrls(nameVi: string): Urls {
  const slug = slugify(nameVi);
  return { vi: `${SECTIONS.units.vi}${slug}/`, en: `${SECTIONS.units.en}${slug}/` };
}

/** A chart alone, for an iframe on another site: "coverage" → { vi: "/nhung/coverage/", en: "/en/embed/coverage/" }. */
export function embedUrls(id: string): Urls {
  return { vi: `/nhung/${id}/`, en: `/en/embed/${id}/` };
}

/** Where a chart's data and images are published: chartFile("coverage", "csv") → "/files/charts/coverage.csv". */
export function chartFile(id: string, extension: "csv" | "svg" | "png", lang?: Lang): string {
  return `/files/charts/${id}${lang ? `-${lang}` : ""}.${extension}`;
}
