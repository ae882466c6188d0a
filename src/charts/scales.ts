import { scaleThreshold } from "d3-scale";

/**
 * Sequential palette (ColorBrewer YlGnBu, 5 classes): readable by colour-blind readers and monotone
 * in greyscale, so darker always means more. Index 0 is the lightest class.
 */
export const SEQUENTIAL = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"] as const;

/** Fill for a province with nothing to show yet (no officials trained by the chosen year). */
export const NO_VALUE = "#e8e8e8";

/** A threshold scale as plain data, so the build and the browser colour the same way. */
export interface ClassScale {
  /** Upper-exclusive class breaks: value < thresholds[0] → class 0, and so on. */
  thresholds: number[];
  colours: string[];
}

/** "Nice" breaks for counts from 1 to max in five classes: officialsScale(23) → breaks [2, 5, 8, 13]. */
export function officialsScale(max: number): ClassScale {
  const top = Math.max(max, 5);
  const raw = [0.1, 0.2, 0.35, 0.55].map((f) => Math.max(1, Math.round(top * f)));
  const thresholds: number[] = [];
  for (const t of raw) thresholds.push(Math.max(t, (thresholds.at(-1) ?? 1) + 1));
  return { thresholds, colours: [...SEQUENTIAL] };
}

/** Breaks for the year a province was first reached: earlier years are darker (longer experience). */
export function firstYearScale(firstYear: number, lastYear: number): ClassScale {
  const span = Math.max(lastYear - firstYear + 1, 5);
  const thresholds = [1, 2, 3, 4].map((i) => firstYear + Math.round((span * i) / 5));
  return { thresholds, colours: [...SEQUENTIAL].reverse() };
}

/** The colour of one value on a class scale; null or 0 is NO_VALUE. */
export function colourFor(value: number | null, scale: ClassScale): string {
  if (value === null || value === 0) return NO_VALUE;
  return scaleThreshold<number, string>().domain(scale.thresholds).range(scale.colours)(value);
}

/** The index of the class a value falls in, or -1 for no value: used for legends and tests. */
export function classOf(value: number | null, scale: ClassScale): number {
  if (value === null || value === 0) return -1;
  return scale.thresholds.filter((t) => value >= t).length;
}
