/** The shape of a catalogue entry, and small helpers for writing message texts. */
import type { Problem } from "../problem.ts";

/** Where the message starts: "Dòng 14, cột "x": " (cell), "Dòng 14: " (row), or nothing (none). */
export type Anchor = "cell" | "row" | "none";

export interface Entry {
  at?: Anchor;
  vi: (problem: Problem) => string;
  en: (problem: Problem) => string;
}

/** A parameter as text; "" when absent. */
export function param(problem: Problem, name: string): string {
  const value = problem.params[name];
  return value === null || value === undefined ? "" : String(value);
}

/** The problem's value in double quotes: "12,5". */
export function quoted(problem: Problem): string {
  return `"${problem.value ?? ""}"`;
}
