/** The verdict on each of the Strategy's targets, and the figure it rests on. */
import type { Aggregates } from "../stats/types.ts";
import { field, round } from "./field.ts";
import type { AggregateTable } from "./types.ts";

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
