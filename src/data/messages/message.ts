/** The whole message for a problem: where it is, what is wrong and how to fix it, in Vietnamese or English. */
import type { Problem, ProblemCode } from "../problem.ts";
import { cellEntries } from "./cell-entries.ts";
import type { Entry } from "./entry.ts";
import { factEntries } from "./fact-entries.ts";
import { fileEntries } from "./file-entries.ts";
import { ruleEntries } from "./rule-entries.ts";

/** Every problem code with its texts; the type makes a missing code a compile error. */
export const catalogue: Record<ProblemCode, Entry> = { ...fileEntries, ...cellEntries, ...ruleEntries, ...factEntries };

function where(problem: Problem, row: string, column: string): string {
  const at = catalogue[problem.code].at ?? "cell";
  if (at === "none" || problem.row === null) return "";
  if (at === "cell" && problem.column !== null) return `${row} ${problem.row}, ${column} "${problem.column}": `;
  return `${row} ${problem.row}: `;
}

/** messageVi(problem) → «Dòng 31, cột "officials": "12,5" không phải số nguyên. …». */
export function messageVi(problem: Problem): string {
  return where(problem, "Dòng", "cột") + catalogue[problem.code].vi(problem);
}

/** messageEn(problem) → «Row 31, column "officials": "12,5" is not a whole number. …». */
export function messageEn(problem: Problem): string {
  return where(problem, "Row", "column") + catalogue[problem.code].en(problem);
}
