/** The aggregated tables behind the charts, each with its schema written next to the function that fills it. */
import type { Aggregates } from "../stats/types.ts";
import type { AggregateTable, TableField } from "./types.ts";

// Field descriptors for the aggregated tables, written like those of data/datapackage.json.

/** field("year", "integer", "Năm", "Year", { required: true }) → a Table Schema field with "x-description". */
export function field(name: string, type: TableField["type"], vi: string, en: string, constraints?: TableField["constraints"]): TableField {
  return { name, type, description: `${vi} / ${en}`, "x-description": { vi, en }, ...(constraints ? { constraints } : {}) };
}

/** A share or ratio rounded for publication: round(0.77777…, 4) → 0.7778. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The basis column every aggregated table carries: published, derived or sample (see the data dictionary). */
export function basisField(name: string, vi: string, en: string, required = true): TableField {
  return field(
    name,
    "string",
    `${vi}: published (nguồn công bố nêu đúng số này), derived (tính từ các dòng có nguồn), sample (dựa vào dòng dữ liệu mẫu minh họa)`,
    `${en}: published (a published source states this figure), derived (computed from rows with a source), sample (rests on illustrative sample rows)`,
    { required, enum: ["published", "derived", "sample"] },
  );
}

// The coverage table behind the progress page: provinces and 2025 units reached, by year.

const required = { required: true };
const share = { required: true, minimum: 0, maximum: 1 };

export const coverageTable: AggregateTable<Aggregates> = {
  name: "coverage-by-year",
  title_vi: "Số tỉnh có cán bộ được tập huấn, theo năm (lũy kế)",
  title_en: "Provinces with trained officials, by year (cumulative)",
  schema: {
    fields: [
      field("year", "integer", "Năm", "Year", { required: true, unique: true }),
      field("provinces_total", "integer", "Tổng số tỉnh, thành phố (63)", "Provinces in all (63)", required),
      field("provinces_advanced", "integer", "Số tỉnh có cán bộ học khóa nâng cao (thực hành đánh giá) đến hết năm", "Provinces with officials trained in the advanced (assessment practice) course by the end of the year", required),
      field("share_advanced", "number", "provinces_advanced / provinces_total, từ 0 đến 1, làm tròn 4 chữ số", "provinces_advanced / provinces_total, 0 to 1, rounded to 4 digits", share),
      basisField("basis_advanced", "Cơ sở của provinces_advanced", "Basis of provinces_advanced"),
      field("source_advanced", "string", "Nguồn công bố khi basis_advanced là published", "The published source when basis_advanced is published", { pattern: "^https?://\\S+$" }),
      field("provinces_any", "integer", "Số tỉnh có cán bộ học bất kỳ khóa nào đến hết năm", "Provinces with officials trained in any course by the end of the year", required),
      field("share_any", "number", "provinces_any / provinces_total, từ 0 đến 1, làm tròn 4 chữ số", "provinces_any / provinces_total, 0 to 1, rounded to 4 digits", share),
      basisField("basis_any", "Cơ sở của provinces_any", "Basis of provinces_any"),
      field("source_any", "string", "Nguồn công bố khi basis_any là published", "The published source when basis_any is published", { pattern: "^https?://\\S+$" }),
      field("units_total", "integer", "Tổng số đơn vị cấp tỉnh từ 1/7/2025 (34)", "Provincial units since 1 July 2025 (34)", required),
      field("units_advanced", "integer", "Số đơn vị 2025 có ít nhất một tỉnh cũ đã có cán bộ học khóa nâng cao", "2025 units with at least one former province reached by the advanced course", required),
      field("units_any", "integer", "Số đơn vị 2025 có ít nhất một tỉnh cũ đã có cán bộ được tập huấn", "2025 units with at least one former province reached by any course", required),
      basisField("basis_units", "Cơ sở của units_advanced và units_any", "Basis of units_advanced and units_any"),
    ],
    primaryKey: ["year"],
  },
  rows: ({ coverage }) =>
    coverage.advanced.provinces.map((advanced, i) => {
      const any = coverage.all.provinces[i];
      const unitsAdvanced = coverage.advanced.units[i];
      const unitsAny = coverage.all.units[i];
      if (!any || !unitsAdvanced || !unitsAny) throw new Error(`coverageTable: coverage series differ in length at ${advanced.year}`);
      return {
        year: advanced.year,
        provinces_total: advanced.total,
        provinces_advanced: advanced.count,
        share_advanced: round(advanced.share, 4),
        basis_advanced: advanced.basis,
        source_advanced: advanced.source_url,
        provinces_any: any.count,
        share_any: round(any.share, 4),
        basis_any: any.basis,
        source_any: any.source_url,
        units_total: unitsAdvanced.total,
        units_advanced: unitsAdvanced.count,
        units_any: unitsAny.count,
        basis_units: unitsAny.basis === "sample" || unitsAdvanced.basis === "sample" ? "sample" : "derived",
      };
    }),
};

// Officials trained per province and year, the table behind the province pages and the map.

export const officialsTable: AggregateTable<Aggregates> = {
  name: "officials-by-province-year",
  title_vi: "Cán bộ được tập huấn theo tỉnh và năm",
  title_en: "Officials trained by province and year",
  schema: {
    fields: [
      field("code", "string", "Mã tỉnh của Tổng cục Thống kê (63 tỉnh, 2008–2025)", "GSO province code (the 63 provinces of 2008–2025)", { required: true, pattern: "^\\d{2}$" }),
      field("name_vi", "string", "Tên tỉnh bằng tiếng Việt", "Province name in Vietnamese", { required: true }),
      field("name_en", "string", "Tên tỉnh bằng tiếng Anh", "Province name in English", { required: true }),
      field("year", "integer", "Năm", "Year", { required: true }),
      field("officials", "integer", "Số lượt cán bộ được tập huấn trong năm (người học hai khóa được tính hai lần)", "Officials trained in the year, each course counted (an official who attends two courses counts twice)", { required: true, minimum: 0 }),
      field("cumulative", "integer", "Số lượt cán bộ được tập huấn từ năm đầu đến hết năm", "Officials trained from the first year to the end of the year, each course counted", { required: true, minimum: 0 }),
      basisField("basis", "Cơ sở của số liệu tỉnh", "Basis of the province's figures"),
    ],
    primaryKey: ["code", "year"],
    foreignKeys: [{ fields: ["code"], reference: { resource: "provinces", fields: ["code"] } }],
  },
  rows: ({ officials }) =>
    officials.byProvince.flatMap((p) =>
      p.byYear.map((y) => ({ code: p.code, name_vi: p.name_vi, name_en: p.name_en, year: y.year, officials: y.officials, cumulative: y.cumulative, basis: p.basis })),
    ),
};

// The verdict on each of the Strategy's targets, and the figure it rests on.

const statuses = ["met", "missed", "on-track", "off-track", "no-evidence", "year-passed"];
const url = { pattern: "^https?://\\S+$" };

export const progressTable: AggregateTable<Aggregates> = {
  name: "progress-toward-targets",
  title_vi: "Đánh giá các mục tiêu của Chiến lược",
  title_en: "Verdicts on the Strategy's targets",
  schema: {
    fields: [
      field("indicator", "string", "Chỉ tiêu (targets.csv)", "Indicator (targets.csv)", { required: true, enum: ["doit_staff_trained"] }),
      field("target_year", "integer", "Năm phải đạt", "Target year", { required: true }),
      field("target_percent", "number", "Mục tiêu, phần trăm", "Target, per cent", { required: true, minimum: 0, maximum: 100 }),
      field("target_count", "integer", "Số tỉnh cần đạt: làm tròn lên target_percent × total / 100", "Provinces needed: target_percent × total / 100, rounded up", { required: true }),
      field("total", "integer", "Tổng số tỉnh, thành phố khi đặt mục tiêu (63)", "Provinces when the target was set (63)", { required: true }),
      field("status", "string",
        "Đánh giá: met (đạt), missed (không đạt), on-track / off-track (đúng / chậm tiến độ, chỉ trước khi hết năm mục tiêu), no-evidence (chưa đủ số liệu), year-passed (năm mục tiêu đã qua, không có số liệu công bố cho năm đó); chỉ dựa vào số liệu đã công bố hoặc tính từ dòng có nguồn",
        "Verdict: met, missed, on-track / off-track (only before the target year ends), no-evidence, year-passed (the target year ended with no published figure for it); from published figures or figures derived from sourced rows only",
        { required: true, enum: statuses }),
      field("release_date", "date", "Ngày phát hành dữ liệu dùng làm mốc thời gian (changelog.csv)", "Release date the calendar is read from (changelog.csv)", { required: true }),
      field("evidence_date", "date", "Ngày của số liệu mà đánh giá dựa vào; trống khi không có", "Date of the figure the verdict rests on; empty when none"),
      field("evidence_count", "integer", "Số tỉnh theo số liệu đó", "Provinces according to that figure"),
      field("evidence_basis", "string", "published (đã công bố) hoặc derived (tính từ dòng có nguồn)", "published or derived", { enum: ["published", "derived"] }),
      field("evidence_indicator", "string", "Chỉ tiêu của số liệu (published-facts.csv), hoặc coverage", "Indicator of the figure (published-facts.csv), or coverage"),
      field("evidence_source", "string", "Nguồn của số liệu đó", "Source of that figure", url),
      field("gap_count", "integer", "Số tỉnh còn thiếu theo số liệu đó, 0 khi đã đạt; trống khi không áp dụng", "Provinces still missing at that figure, 0 when reached; empty when not applicable", { minimum: 0 }),
      field("projected_year", "integer", "Năm dự báo đạt mục tiêu (chỉ khi on-track / off-track)", "Projected year the target is reached (on-track / off-track only)"),
      field("annual_gain", "number", "Mức tăng bình quân mỗi năm dùng để dự báo", "Average annual gain used for the projection"),
      field("source_url", "string", "Nguồn của mục tiêu", "Source of the target", { required: true, ...url }),
    ],
    primaryKey: ["indicator", "target_year"],
  },
  rows: ({ verdicts }) =>
    verdicts.map((v) => ({
      indicator: v.indicator,
      target_year: v.targetYear,
      target_percent: v.targetPercent,
      target_count: v.targetCount,
      total: v.total,
      status: v.status,
      release_date: v.releaseDate,
      evidence_date: v.evidence?.date ?? null,
      evidence_count: v.evidence?.count ?? null,
      evidence_basis: v.evidence?.basis ?? null,
      evidence_indicator: v.evidence?.indicator ?? null,
      evidence_source: v.evidence?.source_url ?? null,
      gap_count: v.gapCount,
      projected_year: v.projection?.year ?? null,
      annual_gain: v.projection ? round(v.projection.annualGain, 4) : null,
      source_url: v.source_url,
    })),
};
