import { formatDate, formatNumber, type Lang } from "../../i18n/format.ts";
import type { Basis, CourseSummary, OrganisationCounts, SessionSummary } from "../../stats/index.ts";
import { bilingual } from "../../text/bilingual.ts";
import { courseUrls, provinceUrls } from "../routes.ts";
import type { ViewContext } from "./context.ts";

/** "9/5/2018 – 11/5/2018", one date, "tháng 10/2018", "năm 2017", or "–" when unknown. */
export function dateSpan(start: string | null, end: string | null, lang: Lang): string {
  if (start && end && start !== end) return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
  const one = start ?? end;
  return one ? formatDate(one, lang) : "–";
}

/** When a round took place, or was planned to: "tháng 10/2018 (dự kiến)". */
function roundWhen(ctx: ViewContext, s: SessionSummary, lang: Lang): string {
  const dates = dateSpan(s.start_date, s.end_date, lang);
  return s.state === "planned" ? ctx.t("course.plannedWhen", lang, { when: dates }) : dates;
}

/** "Sở Công Thương: 3, Trung tâm khuyến công: 1": only the types present. */
export function organisationList(ctx: ViewContext, counts: OrganisationCounts, lang: Lang): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([org, n]) => `${ctx.label("participants.organisation", org, lang)}: ${formatNumber(n, lang)}`)
    .join(", ");
}

/** Where a round was held: the province's name, the city given, or "place not published". */
function sessionPlace(ctx: ViewContext, s: SessionSummary, lang: Lang): string {
  if (s.province_code) return ctx.name(ctx.province(s.province_code), lang);
  return s.city ?? ctx.t("course.placeUnknown", lang);
}

/** A course's trainees as the tables print them: the published number, or the sample count, with its basis. */
function traineesValue(c: CourseSummary, lang: Lang): { text: string; value: number; basis: Basis } {
  if (c.trainees !== null) return { text: formatNumber(c.trainees, lang), value: c.trainees, basis: c.traineesBasis ?? "derived" };
  return { text: formatNumber(c.officials, lang), value: c.officials, basis: c.basis.participants };
}

/** The courses table: one row per round of each course. */
export function courseRows(ctx: ViewContext, lang: Lang) {
  return ctx.site.stats.courses.flatMap((c) => {
    const rounds = c.sessions.length > 0 ? c.sessions : [null];
    return rounds.map((s) => ({
      id: c.id,
      year: c.year,
      programme: ctx.label("courses.programme", c.programme, lang),
      title: lang === "vi" ? c.title_vi : c.title_en,
      href: courseUrls(c.id)[lang],
      round: s?.round ?? "–",
      start: s?.start_date ?? null,
      dates: s ? roundWhen(ctx, s, lang) : "–",
      city: s ? sessionPlace(ctx, s, lang) : "–",
      sessionBasis: s ? (s.status === "illustrative" ? "sample" : "published") : null,
      trainees: traineesValue(c, lang),
      provinceCount: { text: formatNumber(c.provinceCount, lang), value: c.provinceCount, basis: c.provinceCountBasis },
    }));
  });
}

/** One course's page: its rounds, provinces and sources. */
export function course(ctx: ViewContext, id: string, lang: Lang) {
  const c = ctx.course(id);
  const provinces = c.byProvince.map((row) => {
    const p = ctx.province(row.code);
    return {
      code: row.code,
      name: ctx.name(p, lang),
      href: provinceUrls(p.name_vi)[lang],
      region: ctx.label("provinces.region", p.region, lang),
      officials: row.officials,
      organisations: organisationList(ctx, row.byOrganisation, lang),
    };
  });
  const rounds = c.sessions
    .map((s) =>
      ctx.t(s.state === "planned" ? "course.roundPlanned" : "course.roundHeld", lang, {
        round: s.round,
        when: dateSpan(s.start_date, s.end_date, lang),
        place: sessionPlace(ctx, s, lang),
      }),
    )
    .join("; ");
  const params = {
    year: c.year,
    // Inside a sentence: "Khóa nâng cao năm 2018", "The 2018 advanced course".
    programme: ctx.label("courses.programme", c.programme, lang).toLocaleLowerCase(lang),
    rounds: rounds || ctx.t("course.noRounds", lang),
    trainees: formatNumber(c.trainees ?? c.officials, lang),
    provinces: formatNumber(c.provinceCount, lang),
  };
  return {
    title: lang === "vi" ? c.title_vi : c.title_en,
    rounds: params.rounds,
    summary: ctx.t(c.trainees !== null ? "course.summaryPublished" : "course.summarySample", lang, params),
    trainees: traineesValue(c, lang),
    provinceCount: { text: params.provinces, value: c.provinceCount, basis: c.provinceCountBasis },
    participantsBasis: c.basis.participants,
    sample: c.basis.participants === "sample" || c.basis.sessions === "sample" || c.basis.course === "sample",
    sessions: c.sessions.map((s) => ({
      round: s.round,
      dates: roundWhen(ctx, s, lang),
      city: sessionPlace(ctx, s, lang),
      days: s.days ?? "–",
      source: s.status === "published" ? s.source_url : null,
      notes: s.notes ? bilingual(s.notes)[lang] : null,
    })),
    provinces,
    organisations: Object.entries(c.byOrganisation)
      .filter(([, n]) => n > 0)
      .map(([org, n]) => ({ label: ctx.label("participants.organisation", org, lang), officials: n })),
    sources: c.sources,
    notes: c.notes ? bilingual(c.notes)[lang] : null,
  };
}

/** The latest course for the home page, or null when there is none. */
export function latestCourse(ctx: ViewContext, lang: Lang) {
  const latest = ctx.site.stats.meta.latestCourse;
  if (!latest) return null;
  const c = ctx.course(latest.id);
  return {
    year: latest.year,
    title: lang === "vi" ? c.title_vi : c.title_en,
    href: courseUrls(latest.id)[lang],
    when: latest.firstSessionDate ? formatDate(latest.firstSessionDate, lang) : null,
    city: latest.province_code ? ctx.name(ctx.province(latest.province_code), lang) : latest.city,
  };
}
