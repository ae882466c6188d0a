import { unitSeat, type VietnamTopology } from "../../geo/index.ts";
import { formatNumber, type Lang } from "../../i18n/format.ts";
import { courseUrls, provinceUrls, unitUrls } from "../routes.ts";
import { foldDiacritics } from "../../text/fold.ts";
import type { ViewContext } from "./context.ts";
import { organisationList } from "./courses.ts";
import { areaFigure } from "./figures.ts";

function areaSummary(ctx: ViewContext, a: { officials: number; firstYear: number | null }, lang: Lang): string {
  return a.firstYear === null
    ? ctx.t("province.none", lang)
    : ctx.t("province.short", lang, { officials: formatNumber(a.officials, lang), year: a.firstYear });
}

/** The provinces index: 63 provinces with search text (both names, without diacritics, and the code), and 34 units. */
export function provinceIndex(ctx: ViewContext, lang: Lang) {
  const collator = new Intl.Collator(lang === "vi" ? "vi" : "en");
  const provinces = ctx.site.stats.officials.byProvince
    .map((p) => ({
      name: ctx.name(p, lang),
      href: provinceUrls(p.name_vi)[lang],
      searchText: [p.name_vi, p.name_en, foldDiacritics(p.name_vi), p.code].join(" "),
      summary: areaSummary(ctx, p, lang),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const units = ctx.site.stats.officials.byUnit
    .map((u) => ({ name: ctx.name(u, lang), href: unitUrls(u.name_vi)[lang], summary: areaSummary(ctx, u, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return { provinces, units };
}

/** A province's page: its figures, courses, organisations, region and the 2025 unit it joined. */
export function province(ctx: ViewContext, code: string, lang: Lang) {
  const p = ctx.provinceOfficials(code);
  const info = ctx.province(code);
  const unit = ctx.unitOfficials(p.code_2025);
  const others = unit.members.filter((m) => m !== code).map((m) => ctx.name(ctx.province(m), lang));
  const courses = p.byCourse.map((own) => {
    const c = ctx.course(own.id);
    return {
      id: own.id,
      year: c.year,
      title: lang === "vi" ? c.title_vi : c.title_en,
      href: courseUrls(own.id)[lang],
      officials: own.officials,
      organisations: organisationList(ctx, own.byOrganisation, lang),
    };
  });
  const name = ctx.name(p, lang);
  return {
    code,
    iso: info.iso_3166_2,
    name,
    summary:
      p.firstYear === null
        ? ctx.t("province.summaryNone", lang, { name })
        : ctx.t("province.summary", lang, {
            name,
            officials: formatNumber(p.officials, lang),
            courses: p.courses.length,
            first: p.firstYear,
          }),
    basis: p.basis,
    officials: p.officials,
    firstYear: p.firstYear,
    firstAdvancedYear: p.firstAdvancedYear,
    regionName: ctx.label("provinces.region", p.region, lang),
    unit: { name: ctx.name(unit, lang), href: unitUrls(unit.name_vi)[lang], others: others.join(", ") },
    courses,
    organisations: Object.entries(p.byOrganisation)
      .filter(([, n]) => n > 0)
      .map(([org, n]) => ({ label: ctx.label("participants.organisation", org, lang), officials: n })),
    chart: areaFigure(ctx, p, lang),
  };
}

/** A 2025 unit's seat, named from data/geo/places.csv (carried by the topology), with the former province it lies in. */
function seatText(ctx: ViewContext, topology: unknown, code: string, merged: boolean, lang: Lang): string {
  const seat = unitSeat(topology as VietnamTopology, code);
  if (!seat) throw new Error(`Unit ${code} has no seat in data/geo/vietnam.topo.json: run npm run build:geo`);
  const name = lang === "vi" ? seat.seat_vi : seat.seat_en;
  return ctx.t(merged ? "unit.seatMerged" : "unit.seatSingle", lang, { seat: name, former: ctx.name(ctx.province(seat.seat_in), lang) });
}

/** A 2025 unit's page: the sum of its former provinces, and its seat. */
export function unit(ctx: ViewContext, code: string, lang: Lang, topology: unknown) {
  const u = ctx.unitOfficials(code);
  const members = u.members.map((m) => {
    const p = ctx.provinceOfficials(m);
    return { code: m, name: ctx.name(p, lang), href: provinceUrls(p.name_vi)[lang], officials: p.officials, firstYear: p.firstYear, firstAdvancedYear: p.firstAdvancedYear };
  });
  const name = ctx.name(u, lang);
  return {
    name,
    summary: ctx.t(members.length > 1 ? "unit.summaryMerged" : "unit.summarySingle", lang, {
      name,
      count: members.length,
      names: members.map((m) => m.name).join(", "),
      officials: formatNumber(u.officials, lang),
    }),
    basis: u.basis,
    seat: seatText(ctx, topology, code, members.length > 1, lang),
    members,
    officials: u.officials,
    firstYear: u.firstYear,
    firstAdvancedYear: u.firstAdvancedYear,
    chart: areaFigure(ctx, u, lang),
  };
}
