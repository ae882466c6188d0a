/** How far apart axis labels sit so they never touch, whatever the width or the span: always a whole step ≥ 1. */

/** How many columns apart labels of a width sit to keep `gap` between them: labelEvery(40, 10, 6) → 5. */
export function labelEvery(labelWidth: number, step: number, gap: number): number {
  const every = Math.ceil((labelWidth + gap) / step);
  return Number.isFinite(every) ? Math.max(1, every) : Number.MAX_SAFE_INTEGER;
}

const ROUND_STEPS = [1, 2, 5, 10, 20, 25, 50];

/** The smallest round number of years between labels that gives each label `room` pixels: yearStep(3.3, 44) → 20. */
export function yearStep(perYear: number, room: number): number {
  const every = labelEvery(room, perYear, 0);
  return ROUND_STEPS.find((s) => s >= every) ?? Math.ceil(every / 100) * 100;
}
