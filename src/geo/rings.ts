/** A closed ring of [lon, lat] positions, first position repeated last (GeoJSON). */
export type Ring = readonly (readonly number[])[];

/** Signed planar area of a ring in square degrees (shoelace); the sign gives the winding. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum / 2;
}

/** True when [lon, lat] lies inside the ring (even–odd rule, planar; winding does not matter). */
export function ringContains(ring: Ring, [x, y]: readonly number[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!, [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

const cross = (a: readonly number[], b: readonly number[], c: readonly number[]) =>
  (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);

const onSegment = (a: readonly number[], b: readonly number[], p: readonly number[]) =>
  Math.min(a[0]!, b[0]!) <= p[0]! && p[0]! <= Math.max(a[0]!, b[0]!) && Math.min(a[1]!, b[1]!) <= p[1]! && p[1]! <= Math.max(a[1]!, b[1]!);

/** True when segments ab and cd share a point (touching counts). */
function segmentsMeet(a: readonly number[], b: readonly number[], c: readonly number[], d: readonly number[]): boolean {
  const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && onSegment(c, d, a)) || (d2 === 0 && onSegment(c, d, b)) || (d3 === 0 && onSegment(a, b, c)) || (d4 === 0 && onSegment(a, b, d));
}

/**
 * Where a ring touches or crosses itself: pairs of edge indexes [i, j] whose segments meet, other than
 * neighbours sharing their common vertex. Repeated consecutive positions count as a defect too.
 * An empty list means the ring is simple.
 */
export function ringSelfIntersections(ring: Ring): [number, number][] {
  const found: [number, number][] = [];
  const n = ring.length - 1;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!, b = ring[i + 1]!;
    if (a[0] === b[0] && a[1] === b[1]) found.push([i, i]);
    for (let j = i + 1; j < n; j++) {
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      const c = ring[j]!, d = ring[j + 1]!;
      if (adjacent) {
        // Neighbours share one vertex; they are a defect only if they fold back over each other.
        const shared = j === i + 1 ? b : a;
        const far1 = j === i + 1 ? a : b, far2 = j === i + 1 ? d : c;
        if (cross(far1, shared, far2) === 0 && (far1[0]! - shared[0]!) * (far2[0]! - shared[0]!) + (far1[1]! - shared[1]!) * (far2[1]! - shared[1]!) > 0) found.push([i, j]);
        continue;
      }
      if (segmentsMeet(a, b, c, d)) found.push([i, j]);
    }
  }
  return found;
}
