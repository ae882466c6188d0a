/** Every year from `from` to `to`, inclusive. Example: (2016, 2018) → [2016, 2017, 2018]. */
export function yearRange(from: number, to: number): number[] {
  const years: number[] = [];
  for (let year = from; year <= to; year++) years.push(year);
  return years;
}
