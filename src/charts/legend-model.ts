import { NO_VALUE, type ClassScale } from "./scales.ts";

/** One swatch of a map legend. */
export interface LegendItem {
  colour: string;
  label: string;
}

/** The whole-number range a legend covers: max null means open-ended ("≥ 13"). */
export interface LegendBounds {
  min: number;
  max: number | null;
  format?: (value: number) => string;
}

/**
 * Swatches with ranges for a class scale, then the no-value swatch; classes that hold no whole
 * number within the bounds are left out. thresholds [2, 5] from 1 → "1", "2–4", "≥ 5", noValue.
 */
export function legendModel(scale: ClassScale, bounds: LegendBounds, noValue: string): LegendItem[] {
  const format = bounds.format ?? String;
  const items: LegendItem[] = [];
  scale.colours.forEach((colour, i) => {
    const low = Math.max(i === 0 ? bounds.min : (scale.thresholds[i - 1] ?? bounds.min), bounds.min);
    const next = scale.thresholds[i];
    const cap = bounds.max ?? Infinity;
    const high = Math.min(next === undefined ? cap : next - 1, cap);
    if (low > high) return;
    const label =
      high === Infinity ? `≥ ${format(low)}` : low === high ? format(low) : `${format(low)}–${format(high)}`;
    items.push({ colour, label });
  });
  items.push({ colour: NO_VALUE, label: noValue });
  return items;
}
