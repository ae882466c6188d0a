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

/**
 * A date as a reader writes it: "2018-05-09" → "9/5/2018" (vi), "9 May 2018" (en); a month alone,
 * "2018-10" → "tháng 10/2018" / "October 2018"; a year alone, "2017" → "năm 2017" / "2017".
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  if (month === undefined) return lang === "vi" ? `năm ${year}` : String(year);
  if (lang === "vi") return day === undefined ? `tháng ${Number(month)}/${year}` : `${Number(day)}/${Number(month)}/${year}`;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { month: "long", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
  return cached(`d:${lang}:${day === undefined}`, () => new Intl.DateTimeFormat(LOCALE[lang], options)).format(date);
}
