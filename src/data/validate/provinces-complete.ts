/** The provinces and units the descriptor counts (x-rowCount: 63 before July 2025, 34 after), and every unit made of at least one old province. */
import { problem, type Problem } from "../problem.ts";
import type { Tables } from "./table.ts";

/** provincesComplete(tables) → count problems and units that no province maps to. */
export function provincesComplete(tables: Tables): Problem[] {
  const provinces = tables.get("provinces");
  const units = tables.get("provinces-2025");
  const problems: Problem[] = [];
  const provinceCount = provinces?.resource["x-rowCount"];
  const unitCount = units?.resource["x-rowCount"];
  if (provinces && provinceCount !== undefined && provinces.rows.length !== provinceCount) {
    problems.push(problem("province-count", "error", provinces.file, {}, { found: provinces.rows.length, expected: provinceCount }));
  }
  if (units && unitCount !== undefined && units.rows.length !== unitCount) {
    problems.push(problem("unit-count", "error", units.file, {}, { found: units.rows.length, expected: unitCount }));
  }
  if (!provinces || !units) return problems;
  const mapped = new Set(provinces.rows.map(({ values }) => values.code_2025));
  for (const { row, values } of units.rows) {
    if (values.code === null || mapped.has(values.code)) continue;
    const params = { name_vi: String(values.name_vi ?? ""), name_en: String(values.name_en ?? ""), provinces_file: provinces.resource.path };
    problems.push(problem("unit-without-province", "error", units.file, { row, column: "code", value: String(values.code) }, params));
  }
  return problems;
}
