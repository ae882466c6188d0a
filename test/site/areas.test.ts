import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlaces } from "../../src/geo/places.ts";
import { unit } from "../../src/site/views/areas.ts";
import { topology } from "../geo/load.ts";
import { sampleContext } from "./support.ts";

const ctx = sampleContext();
const seats = parsePlaces(readFileSync("data/geo/places.csv", "utf8")).filter((p) => p.kind === "seat");

describe("unit(ctx, code, lang, topology)", () => {
  it.each(ctx.site.dataset.units.map((u) => [u.code, u.name_vi] as const))("names the seat of unit %s (%s) from data/geo/places.csv, in both languages", (code) => {
    const seat = seats.find((s) => s.unit_code === code)!;
    const vi = unit(ctx, code, "vi", topology);
    const en = unit(ctx, code, "en", topology);
    expect(vi.seat.startsWith(seat.name_vi)).toBe(true);
    expect(en.seat.startsWith(seat.name_en)).toBe(true);
    if (vi.members.length > 1) {
      expect(vi.seat).toContain(`địa bàn ${ctx.province(seat.province_code).name_vi} trước ngày 1/7/2025`);
      expect(en.seat).toContain(`in what was ${ctx.province(seat.province_code).name_en} until 1 July 2025`);
    } else {
      expect(vi.seat).toBe(seat.name_vi);
    }
  });

  it("puts the seat of Lào Cai in former Yên Bái, of Gia Lai in Quy Nhơn and of Đồng Tháp in Mỹ Tho", () => {
    expect(unit(ctx, "15", "vi", topology).seat).toMatch(/^Yên Bái \(địa bàn Yên Bái /);
    expect(unit(ctx, "52", "vi", topology).seat).toMatch(/^Quy Nhơn \(địa bàn Bình Định /);
    expect(unit(ctx, "82", "en", topology).seat).toMatch(/^My Tho \(in what was Tien Giang /);
  });

  it("fails loudly on a topology without seats", () => {
    const bare = JSON.parse(JSON.stringify(topology));
    for (const g of bare.objects.units.geometries) delete g.properties.seat_vi;
    expect(() => unit(ctx, "01", "vi", bare)).toThrow("Unit 01 has no seat in data/geo/vietnam.topo.json");
  });
});
