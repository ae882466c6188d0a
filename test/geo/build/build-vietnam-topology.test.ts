import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { geoSourcePaths, parseGeoSources } from "../../../src/geo/build/geo-sources.ts";
import { provincePolygons } from "../../../src/geo/build/province-polygons.ts";
import { vietnamTopologyJson } from "../../../src/geo/build/build-vietnam-topology.ts";
import { topologyText } from "../load.ts";

const texts = Object.fromEntries(Object.entries(geoSourcePaths).map(([key, path]) => [key, readFileSync(path, "utf8")]));
const sources = parseGeoSources(texts as Record<keyof typeof geoSourcePaths, string>);

describe("vietnamTopologyJson(sources)", () => {
  it("regenerates the committed data/geo/vietnam.topo.json byte for byte", () => {
    expect(vietnamTopologyJson(sources)).toBe(topologyText);
  });

  it("stays within 120 KB raw and 40 KB gzipped", () => {
    expect(Buffer.byteLength(topologyText)).toBeLessThanOrEqual(120 * 1024);
    expect(gzipSync(topologyText).length).toBeLessThanOrEqual(40 * 1024);
  });

  it("carries no name, id or property of the Natural Earth owners of the islands", () => {
    for (const word of ["China", "Spratly Is.", "Paracel Is.", "\"156\"", "\"-99\"", "Đông Bắc", "Đông Nam Bộ"]) {
      expect(topologyText).not.toContain(word);
    }
  });
});

describe("provincePolygons(admin1)", () => {
  const polygons = provincePolygons(sources.admin1);

  it("attaches all 11 loose islands and moves Côn Đảo and Hải Phòng's islands, leaving 63 provinces", () => {
    expect(polygons.size).toBe(63);
    const count = (code: string) => polygons.get(code)!.length;
    expect(count("94")).toBe(2); // Sóc Trăng: mainland and Cù Lao Dung, without Côn Đảo
    expect(count("77")).toBe(4); // Bà Rịa – Vũng Tàu: three parts and Côn Đảo
    expect(count("31")).toBe(9); // Hải Phòng: mainland, Bạch Long Vĩ, six islands and the land of Thủy Nguyên from Quảng Ninh
    expect(count("22")).toBe(39 - 7 + 2); // Quảng Ninh: less those seven, plus two loose islets
    expect(count("91")).toBe(2 + 3); // Kiên Giang: Thổ Chu, Nam Du, Hòn Sơn
  });

  it("fails loudly when a source feature is renamed", () => {
    const broken = JSON.parse(JSON.stringify(sources.admin1));
    broken.objects.vnm.geometries[4].properties.name = "Bắc Kạn?";
    expect(() => provincePolygons(broken)).toThrow('unmatched feature VN. "Bắc Kạn?"');
  });
});
