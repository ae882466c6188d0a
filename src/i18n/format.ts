/** Locale-aware formatting of numbers and dates with Intl, one formatter per locale and kind. */

export type Lang = "vi" | "en";

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

/** 1234 → "1.234" (vi), "1,234" (en). */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return cached(`n:${lang}:${digits}`, () =>
    new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits }),
  ).format(value) as string;
}

/** 0.7778 → "77,8%" (vi), "77.8%" (en). */
export function formatPercent(share: number, lang: Lang, digits = 1): string {
  const f = cached(`p:${lang}:${digits}`, () =>
    new Intl.NumberFormat(LOCALE[lang], { style: "percent", maximumFractionDigits: digits, minimumFractionDigits: digits }),
  ) as Intl.NumberFormat;
  // vi-VN puts a space before "%" ("77,8 %"); the house style writes "77,8%".
  return f.format(share).replace(/\s%/u, "%");
}

/** "2018-05-09" → "9 tháng 5, 2018" (vi), "9 May 2018" (en); "2018-10" → "tháng 10 năm 2018" / "October 2018". */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  const options: Intl.DateTimeFormatOptions =
    m[3] === undefined ? { month: "long", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
  return cached(`d:${lang}:${m[3] === undefined}`, () => new Intl.DateTimeFormat(LOCALE[lang], options)).format(date);
}
