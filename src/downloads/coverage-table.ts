/** The coverage table behind the progress page: provinces and 2025 units reached, by year. */
import type { Aggregates } from "../stats/types.ts";
import { basisField, field, round } from "./field.ts";
import type { AggregateTable } from "./types.ts";

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
