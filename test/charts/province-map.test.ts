import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { provinceMap, type ProvinceMapOptions } from "../../src/charts/province-map.ts";
import { archipelagoFeatures, islandFeatures, type VietnamTopology } from "../../src/geo/topology.ts";

const topology = JSON.parse(readFileSync("data/geo/vietnam.topo.json", "utf8")) as VietnamTopology;
const archipelagoLabels = { hoangSa: "QĐ. Hoàng Sa (TP. Đà Nẵng)", truongSa: "QĐ. Trường Sa (tỉnh Khánh Hòa)" };
const base: ProvinceMapOptions = {
  title: "Tỉnh có cán bộ được tập huấn",
  desc: "Bản đồ 63 tỉnh, thành phố",
  archipelagoLabels,
  fills: { "01": "#253494", "48": "#41b6c4", "56": "#a1dab4" },
  labels: { "01": "Hà Nội: 12 cán bộ", "48": "Đà Nẵng: 3 cán bộ" },
};
const count = (svg: string, text: string) => svg.split(text).length - 1;
const ids = (svg: string) => [...svg.matchAll(/<path class="province-map__area" data-id="(\d\d)"/g)].map((m) => m[1]);

describe("provinceMap(topology, options)", () => {
  const provinces = provinceMap(topology, { ...base, idPrefix: "map-63" });
  const units = provinceMap(topology, { ...base, layer: "units", layout: "landscape", idPrefix: "map-34", seaLabel: "Biển Đông" });

  it("draws one path per province, 63 in all, each with its title", () => {
    expect(ids(provinces)).toHaveLength(63);
    expect(new Set(ids(provinces)).size).toBe(63);
    expect(provinces).toContain('data-id="01" d="M');
    expect(provinces).toContain("<title>Hà Nội: 12 cán bộ</title>");
    expect(provinces).toContain("<title>Bắc Ninh</title>");
  });

  it("draws 34 paths for the units of 2025", () => {
    expect(ids(units)).toHaveLength(34);
    expect(ids(units)).not.toContain("27");
    expect(units).toContain("<title>Huế</title>");
  });

  it("colours each feature from fills and leaves the others grey", () => {
    expect(provinces).toMatch(/data-id="01" d="[^"]+" fill="#253494"/);
    expect(provinces).toMatch(/data-id="27" d="[^"]+" fill="#e8e8e8"/);
  });

  it("labels both archipelagos and colours them as their owner", () => {
    for (const svg of [provinces, units]) {
      expect(svg).toContain("<tspan x=");
      expect(svg).toContain(">QĐ. Hoàng Sa</tspan>");
      expect(svg).toContain(">(TP. Đà Nẵng)</tspan>");
      expect(svg).toContain(">(tỉnh Khánh Hòa)</tspan>");
      expect(count(svg, 'class="province-map__islet"')).toBe(archipelagoFeatures(topology).reduce((n, f) => n + f.geometry.coordinates.length, 0));
    }
    expect(provinces).toContain('data-archipelago="hoang-sa" data-id="48"');
    expect(provinces).toContain('data-archipelago="truong-sa" data-id="56"');
    expect(provinces).toMatch(/class="province-map__islands" data-id="48" d="[^"]+" fill="#41b6c4"><title>QĐ. Hoàng Sa \(TP. Đà Nẵng\): Đà Nẵng: 3 cán bộ<\/title>/);
  });

  it("frames the archipelagos in insets on portrait maps only", () => {
    expect(count(provinces, 'class="province-map__inset"')).toBe(2);
    expect(count(units, 'class="province-map__inset"')).toBe(0);
    expect(units).toContain(">Biển Đông</text>");
  });

  it("marks the named islands too small to see, such as Cồn Cỏ, with a ringed dot", () => {
    const marks = count(provinces, 'class="province-map__island-mark"');
    expect(marks).toBeGreaterThan(3);
    expect(marks).toBeLessThan(islandFeatures(topology).length);
  });

  it("draws zoomed panels of the deltas and Đà Nẵng, with a second link for each small province, only when named", () => {
    const zoomLabels = { "red-river": "Đồng bằng sông Hồng", mekong: "Đồng bằng sông Cửu Long", "da-nang": "TP. Đà Nẵng" };
    const svg = provinceMap(topology, { ...base, zoomLabels, link: (id) => `/tinh/${id}/` });
    expect(count(svg, 'class="province-map__zoom"')).toBe(3);
    expect(svg).toContain('data-zoom="red-river" role="group" aria-label="Đồng bằng sông Hồng"');
    for (const id of ["27", "33", "35", "92", "86"]) expect(count(svg, `href="/tinh/${id}/"`), id).toBe(2);
    expect(count(svg, 'href="/tinh/48/"')).toBe(3); // the map, the zoomed panel and Hoàng Sa
    expect(count(svg, 'href="/tinh/38/"')).toBe(2);
    expect(count(svg, 'href="/tinh/02/"')).toBe(1);
    expect(svg).toContain(">Đồng bằng sông Cửu Long</text>");
    expect(count(provinces, 'class="province-map__zoom"')).toBe(0);
  });

  it("is an image named by its title and description when it has no links", () => {
    expect(provinces).toContain('role="img" aria-labelledby="map-63-title map-63-desc"');
    expect(provinces).toContain('<title id="map-63-title">Tỉnh có cán bộ được tập huấn</title>');
    expect(count(provinces, 'class="province-map__borders"')).toBe(1);
  });

  it("wraps features and the archipelagos in links when asked, and becomes a group", () => {
    const svg = provinceMap(topology, { ...base, link: (id) => (id === "27" ? null : `/tinh/${id}/`) });
    expect(svg).toContain('role="group"');
    expect(count(svg, 'class="province-map__link"')).toBe(62 + 2);
    expect(svg).toContain('<a href="/tinh/01/" class="province-map__link" aria-label="Hà Nội: 12 cán bộ"><path');
    expect(svg).not.toContain('href="/tinh/27/"');
    expect(count(svg, 'href="/tinh/48/"')).toBe(2);
  });

  it("escapes the texts it is given", () => {
    const svg = provinceMap(topology, { ...base, title: 'A & "B"', archipelagoLabels: { hoangSa: "<H>", truongSa: "T" } });
    expect(svg).toContain("A &amp; &quot;B&quot;");
    expect(svg).toContain("&lt;H&gt;");
  });

  it("matches the snapshots of both layers", async () => {
    await expect(provinces).toMatchFileSnapshot("__snapshots__/province-map.provinces.portrait.svg");
    await expect(units).toMatchFileSnapshot("__snapshots__/province-map.units.landscape.svg");
  });
});
