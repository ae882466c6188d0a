/**
 * The index of the map feature an arrow key moves to, wrapping round; null for other keys.
 * nextFeature(0, 63, "ArrowLeft") → 62; nextFeature(5, 63, "End") → 62.
 */
export function nextFeature(current: number, count: number, key: string): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return (current + 1) % count;
    case "ArrowLeft":
    case "ArrowUp":
      return (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
