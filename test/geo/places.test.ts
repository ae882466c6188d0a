import { describe, expect, it } from "vitest";
import { parsePlaces, parseProvinceAreas } from "../../src/geo/places.ts";

const header = "kind,name_vi,name_en,lat,lon,province_code,unit_code,archipelago,source\n";

describe("parsePlaces(csv)", () => {
  it("reads a row into numbers, codes and an archipelago", () => {
    const [place] = parsePlaces(`${header}island,Đảo An Bang,Amboyna Cay,7.8670,112.9170,56,56,truong-sa,https://example.org/a\n`);
    expect(place).toEqual({ kind: "island", name_vi: "Đảo An Bang", name_en: "Amboyna Cay", lat: 7.867, lon: 112.917, province_code: "56", unit_code: "56", archipelago: "truong-sa", source: "https://example.org/a" });
  });

  it("refuses an unknown kind, a missing coordinate and a row without a source", () => {
    expect(() => parsePlaces(`${header}town,X,X,1,2,01,01,,s\n`)).toThrow('places.csv row 2: unknown kind "town"');
    expect(() => parsePlaces(`${header}capital,X,X,,2,01,01,,s\n`)).toThrow('places.csv row 2: "" is not a number');
    expect(() => parsePlaces(`${header}capital,X,X,1,2,01,01,,\n`)).toThrow("places.csv row 2: no source");
  });
});

describe("parseProvinceAreas(csv)", () => {
  it("reads the official area and the part no polygon can show", () => {
    const csv = "code,name_vi,area_km2,undrawn_km2,source,undrawn_source\n48,Đà Nẵng,1285,305,GSO,district\n01,Hà Nội,3360,,GSO,\n";
    expect(parseProvinceAreas(csv)).toEqual([
      { code: "48", name_vi: "Đà Nẵng", area_km2: 1285, undrawn_km2: 305, source: "GSO" },
      { code: "01", name_vi: "Hà Nội", area_km2: 3360, undrawn_km2: 0, source: "GSO" },
    ]);
  });
});
