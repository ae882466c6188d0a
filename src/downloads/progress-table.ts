/** Progress toward the Strategy's targets, on the 63-province basis and on the 34-unit basis of 2025. */
import type { Aggregates } from "../stats/types.ts";
import { field, round } from "./field.ts";
import type { AggregateTable } from "./types.ts";

const statuses = ["achieved", "missed", "on-track", "off-track", "too-early"];

export const progressTable: AggregateTable<Aggregates> = {
  name: "progress-toward-targets",
  title_vi: "Tiến độ so với mục tiêu của Chiến lược",
  title_en: "Progress toward the Strategy targets",
  schema: {
    fields: [
      field("basis", "string", "Cơ sở tính: provinces (63 tỉnh) hoặc units (34 đơn vị từ 2025)", "Basis: provinces (63) or units (34 since 2025)", { required: true, enum: ["provinces", "units"] }),
      field("indicator", "string", "Chỉ tiêu (targets.csv)", "Indicator (targets.csv)", { required: true, enum: ["doit_staff_trained"] }),
      field("target_year", "integer", "Năm phải đạt", "Target year", { required: true }),
      field("target_percent", "number", "Mục tiêu, phần trăm", "Target, per cent", { required: true, minimum: 0, maximum: 100 }),
      field("target_count", "integer", "Số tỉnh (đơn vị) cần đạt: làm tròn lên target_percent × total / 100", "Provinces (units) needed: target_percent × total / 100, rounded up", { required: true }),
      field("total", "integer", "Tổng số tỉnh (đơn vị)", "Provinces (units) in all", { required: true }),
      field("latest_year", "integer", "Năm mới nhất có số liệu", "Latest year with data", { required: true }),
      field("latest_count", "integer", "Số tỉnh (đơn vị) có cán bộ học khóa nâng cao đến năm mới nhất", "Provinces (units) reached by the advanced course by the latest year", { required: true }),
      field("latest_share", "number", "latest_count / total, từ 0 đến 1, làm tròn 4 chữ số", "latest_count / total, 0 to 1, rounded to 4 digits", { required: true, minimum: 0, maximum: 1 }),
      field("gap_count", "integer", "Số tỉnh (đơn vị) còn thiếu, 0 khi đã đạt", "Provinces (units) still missing, 0 when reached", { required: true, minimum: 0 }),
      field("gap_points", "number", "Số điểm phần trăm còn thiếu, làm tròn 2 chữ số", "Percentage points still missing, rounded to 2 digits", { required: true, minimum: 0 }),
      field("status", "string", "Đánh giá: achieved (đã đạt), missed (không đạt), on-track (đúng hướng), off-track (chậm), too-early (chưa đủ số liệu)", "Verdict: achieved, missed, on-track, off-track, too-early", { required: true, enum: statuses }),
      field("reached_in", "integer", "Năm đầu tiên đạt số cần đạt; để trống nếu chưa đạt", "First year the count was reached; empty if not yet"),
      field("annual_gain", "number", "Mức tăng bình quân mỗi năm dùng để dự báo (tỉnh/năm); để trống nếu không dự báo", "Average annual gain used for the projection (areas a year); empty when not projected"),
      field("projected_year", "integer", "Năm dự kiến đạt với mức tăng đó; để trống nếu không dự báo", "Year the target would be reached at that gain; empty when not projected"),
      field("illustrative", "boolean", "true khi số liệu dựa vào dòng minh họa", "true when the figures rest on illustrative rows", { required: true }),
      field("source_url", "string", "Nguồn của mục tiêu", "Source of the target", { required: true, pattern: "^https?://\\S+$" }),
    ],
    primaryKey: ["basis", "indicator", "target_year"],
  },
  rows: ({ progress }) =>
    [...progress.provinces, ...progress.units].map((p) => ({
      basis: p.basis,
      indicator: p.indicator,
      target_year: p.targetYear,
      target_percent: p.targetPercent,
      target_count: p.targetCount,
      total: p.total,
      latest_year: p.latestYear,
      latest_count: p.latestCount,
      latest_share: round(p.latestShare, 4),
      gap_count: p.gapCount,
      gap_points: round(p.gapPoints, 2),
      status: p.status,
      reached_in: p.reachedIn,
      annual_gain: p.annualGain === null ? null : round(p.annualGain, 4),
      projected_year: p.projectedYear,
      illustrative: p.illustrative,
      source_url: p.source_url,
    })),
};
