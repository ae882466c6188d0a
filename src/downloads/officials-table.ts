/** Officials trained per province and year, the table behind the province pages and the map. */
import type { Aggregates } from "../stats/types.ts";
import { basisField, field } from "./field.ts";
import type { AggregateTable } from "./types.ts";

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
