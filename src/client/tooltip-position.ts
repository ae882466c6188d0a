/** A box in viewport pixels, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where to put a tooltip of a given size for an anchor: centred above it, below when there is no
 * room above, and always at least `gap` pixels inside the viewport.
 */
export function tooltipPosition(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
): { left: number; top: number } {
  const centred = anchor.left + anchor.width / 2 - size.width / 2;
  const left = Math.max(gap, Math.min(centred, viewport.width - size.width - gap));
  const above = anchor.top - gap - size.height;
  const below = anchor.top + anchor.height + gap;
  const top =
    above >= gap ? above : below + size.height + gap <= viewport.height ? below : viewport.height - size.height - gap;
  return { left: Math.round(left), top: Math.round(Math.max(gap, top)) };
}
