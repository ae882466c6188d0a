/** Reads dates written as 2018-05-09 or 09/05/2018 (day first), months as 2018-10 or 10/2018, and a year alone (2017) where partial. */

export type ParsedDate =
  | { ok: true; iso: string }
  | { ok: false; code: "not-a-date" | "not-a-full-date" }
  | { ok: false; code: "impossible-date"; day: number | null; month: number; year: number };

const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;
const dayFirst = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/;
const yearOnly = /^\d{4}$/;

/** parseDate("09/05/2018", false) → { ok: true, iso: "2018-05-09" }; "2018-10" and "2017" need partial = true. */
export function parseDate(text: string, partial: boolean): ParsedDate {
  if (yearOnly.test(text)) return partial ? { ok: true, iso: text } : { ok: false, code: "not-a-full-date" };
  const parts = iso.exec(text) ?? reorder(dayFirst.exec(text));
  if (!parts) return { ok: false, code: "not-a-date" };
  const [, y = "", m = "", d] = parts;
  const year = Number(y);
  const month = Number(m);
  const day = d === undefined ? null : Number(d);
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > daysIn(year, month)))) {
    return { ok: false, code: "impossible-date", day, month, year };
  }
  if (day === null && !partial) return { ok: false, code: "not-a-full-date" };
  const month2 = String(month).padStart(2, "0");
  return { ok: true, iso: day === null ? `${y}-${month2}` : `${y}-${month2}-${String(day).padStart(2, "0")}` };
}

function reorder(match: RegExpExecArray | null): string[] | null {
  if (!match) return null;
  const [whole, day, month, year] = match;
  return [whole, year ?? "", month ?? "", ...(day === undefined ? [] : [day])];
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
