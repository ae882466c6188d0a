import { formatDate, formatNumber, type Lang } from "../../i18n/format.ts";
import { organisationCounts, type CourseSummary, type OrganisationCounts, type SessionSummary } from "../../stats/index.ts";
import { courseUrls, provinceUrls } from "../routes.ts";
import type { ViewContext } from "./context.ts";

/** "9 tháng 5, 2018 – 11 tháng 5, 2018", one date, or "–" when unknown. */
export function dateSpan(start: string | null, end: string | null, lang: Lang): string {
  if (start && end && start !== end) return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
  const one = start ?? end;
  return one ? formatDate(one, lang) : "–";
}

/** "Sở Công Thương: 3, Trung tâm khuyến công: 1": only the types present. */
export function organisationList(ctx: ViewContext, counts: OrganisationCounts, lang: Lang): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([org, n]) => `${ctx.t(`organisations.${org}`, lang)}: ${formatNumber(n, lang)}`)
    .join(", ");
}

function sessionCity(ctx: ViewContext, s: SessionSummary, lang: Lang): string {
  if (s.province_code) return ctx.name(ctx.province(s.province_code), lang);
  return s.city ?? "–";
}

function traineesText(ctx: ViewContext, c: CourseSummary, lang: Lang): string {
  if (c.trainees !== null) return formatNumber(c.trainees, lang);
  return ctx.t("courses.countedValue", lang, { n: formatNumber(c.officials, lang) });
}

/** The courses table: one row per round of each course. */
export function courseRows(ctx: ViewContext, lang: Lang) {
  return ctx.site.stats.courses.flatMap((c) => {
    const rounds = c.sessions.length > 0 ? c.sessions : [null];
    return rounds.map((s) => ({
      id: c.id,
      year: c.year,
      programme: c.programme,
      title: lang === "vi" ? c.title_vi : c.title_en,
      href: courseUrls(c.id)[lang],
      round: s?.round ?? "–",
      start: s?.start_date ?? null,
      dates: s ? dateSpan(s.start_date, s.end_date, lang) : "–",
      city: s ? sessionCity(ctx, s, lang) : "–",
      officials: c.officials,
      traineesText: traineesText(ctx, c, lang),
      provinceCount: c.provinceCount,
    }));
  });
}

/** One course's page: its rounds, provinces and sources. */
export function course(ctx: ViewContext, id: string, lang: Lang) {
  const c = ctx.site.stats.courses.find((x) => x.id === id);
  if (!c) throw new Error(`Unknown course ${id}`);
  const rows = ctx.site.dataset.participants.filter((p) => p.course_id === id);
  const provinces = c.provinces.map((code) => {
    const p = ctx.province(code);
    const own = rows.filter((r) => r.province_code === code);
    return {
      code,
      name: ctx.name(p, lang),
      href: provinceUrls(p.name_vi)[lang],
      region: ctx.t(`regions.${p.region}`, lang),
      officials: own.reduce((sum, r) => sum + r.officials, 0),
      organisations: organisationList(ctx, organisationCounts(own), lang),
    };
  });
  const first = c.sessions[0];
  return {
    title: lang === "vi" ? c.title_vi : c.title_en,
    summary: ctx.t(c.trainees !== null ? "course.summaryPublished" : "course.summaryCounted", lang, {
      year: c.year,
      programme: ctx.t(`programme.${c.programme}`, lang),
      rounds: c.sessions.length,
      trainees: formatNumber(c.trainees ?? c.officials, lang),
      provinces: c.provinceCount,
      place: first ? sessionCity(ctx, first, lang) : "–",
    }),
    illustrative: c.illustrative.participants || c.illustrative.sessions || c.illustrative.course,
    sessions: c.sessions.map((s) => ({
      round: s.round,
      dates: dateSpan(s.start_date, s.end_date, lang),
      city: sessionCity(ctx, s, lang),
      days: s.days ?? "–",
      source: s.status === "published" ? s.source_url : null,
    })),
    provinceCount: c.provinceCount,
    provinces,
    organisations: Object.entries(c.byOrganisation)
      .filter(([, n]) => n > 0)
      .map(([org, n]) => ({ label: ctx.t(`organisations.${org}`, lang), officials: n })),
    sources: c.sources,
    notes: c.notes,
  };
}

/** The latest course for the home page, or null when there is none. */
export function latestCourse(ctx: ViewContext, lang: Lang) {
  const latest = ctx.site.stats.meta.latestCourse;
  if (!latest) return null;
  const c = ctx.site.stats.courses.find((x) => x.id === latest.id)!;
  return {
    year: latest.year,
    title: lang === "vi" ? c.title_vi : c.title_en,
    href: courseUrls(latest.id)[lang],
    when: latest.firstSessionDate ? formatDate(latest.firstSessionDate, lang) : null,
    city: latest.province_code ? ctx.name(ctx.province(latest.province_code), lang) : latest.city,
  };
}
