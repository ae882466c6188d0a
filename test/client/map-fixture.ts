import type { MapData, MapEntry } from "../../src/charts/map-data.ts";

/** Hà Nội reached in 2012: cumulative officials by the end of each year 2010–2018. */
export const haNoi: MapEntry = {
  name: "Hà Nội",
  href: "/tinh/ha-noi/",
  officials: [0, 0, 3, 3, 7, 7, 12, 20, 1234],
  firstYear: 2012,
};

/** A province no course has reached. */
export const laiChau: MapEntry = { name: "Lai Châu", href: "/tinh/lai-chau/", officials: [0, 0, 0, 0, 0, 0, 0, 0, 0], firstYear: null };

export const mapData: MapData = {
  lang: "vi",
  years: [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018],
  layers: { provinces: { "01": haNoi, "12": laiChau }, units: { "01": haNoi } },
  scales: {
    officials: { thresholds: [2, 5, 8, 13], colours: ["#o0", "#o1", "#o2", "#o3", "#o4"] },
    firstYear: { thresholds: [2012, 2014, 2015, 2017], colours: ["#f0", "#f1", "#f2", "#f3", "#f4"] },
  },
  text: {
    year: "Năm",
    officials: "{n} cán bộ",
    firstYear: "Lần đầu: {year}",
    notYet: "Chưa có cán bộ được tập huấn",
    status: "Bản đồ năm {year}: {measure}, {layer}",
    layerProvinces: "63 tỉnh, thành phố (trước 1/7/2025)",
    layerUnits: "34 tỉnh, thành phố (từ 1/7/2025)",
    measureOfficials: "Số cán bộ được tập huấn",
    measureFirstYear: "Năm có cán bộ đầu tiên",
    legendNoValue: "Chưa có",
  },
};
