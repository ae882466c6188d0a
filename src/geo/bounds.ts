/** A longitude/latitude box: [west, south, east, north] in degrees. */
export type GeoBox = readonly [west: number, south: number, east: number, north: number];

/** Ids of the two archipelagos, as used in the topology's `archipelagos` object. */
export type ArchipelagoId = "hoang-sa" | "truong-sa";

/** The mainland and near-shore islands of the 63 provinces (from Lũng Cú to Mũi Cà Mau). */
export const mainlandBox: GeoBox = [102.1, 8.4, 109.5, 23.4];

/** The boxes that hold each archipelago's islands; the build picks islands by them and the maps frame them. */
export const archipelagoBoxes: Readonly<Record<ArchipelagoId, GeoBox>> = {
  "hoang-sa": [111.1, 15.7, 112.9, 17.2],
  "truong-sa": [111.5, 7.5, 116.0, 11.5],
};

/** Ids of the zoomed panels that give the small provinces of the deltas, and Đà Nẵng, a target a finger can hit. */
export type ZoomId = "red-river" | "mekong" | "da-nang";

/** What each zoomed panel shows: the Red River delta, the Mekong delta with Hồ Chí Minh City, and Đà Nẵng. */
export const zoomBoxes: Readonly<Record<ZoomId, GeoBox>> = {
  "red-river": [105.55, 19.95, 106.85, 21.45],
  mekong: [105.2, 9.25, 106.85, 11.2],
  "da-nang": [107.75, 15.88, 108.35, 16.25],
};

/** The whole territory: mainland, near-shore islands, Hoàng Sa and Trường Sa. */
export const territoryBox: GeoBox = [102.1, 7.5, 116.0, 23.4];

/** True when a [lon, lat] point lies inside the box. */
export function inBox(box: GeoBox, [lon, lat]: readonly [number, number] | number[]): boolean {
  return lon! >= box[0] && lon! <= box[2] && lat! >= box[1] && lat! <= box[3];
}

/** The box as a GeoJSON MultiPoint of its corners, for fitting a projection. */
export function boxCorners(box: GeoBox): GeoJSON.MultiPoint {
  const [w, s, e, n] = box;
  return { type: "MultiPoint", coordinates: [[w, s], [w, n], [e, s], [e, n]] };
}
