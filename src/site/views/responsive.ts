/** Widths of the two renderings of each chart: a phone reads the narrow one, a wider screen the wide one. */
export const NARROW = 360;
export const WIDE = 760;

/**
 * The same chart drawn twice, for narrow and wide screens (CSS shows one: .chart-narrow / .chart-wide),
 * so labels stay readable on a 360 px phone without JavaScript. Ids differ by prefix.
 */
export function responsive(render: (width: number, idPrefix: string) => string, idPrefix: string): string {
  return (
    `<div class="chart-narrow">${render(NARROW, `${idPrefix}-n`)}</div>` +
    `<div class="chart-wide">${render(WIDE, `${idPrefix}-w`)}</div>`
  );
}
