import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/data/values/parse-date.ts";

describe("parseDate(text, partial)", () => {
  it("reads ISO and day-first dates", () => {
    expect(parseDate("2018-05-09", false)).toEqual({ ok: true, iso: "2018-05-09" });
    expect(parseDate("09/05/2018", false)).toEqual({ ok: true, iso: "2018-05-09" });
    expect(parseDate("9/5/2018", false)).toEqual({ ok: true, iso: "2018-05-09" });
    expect(parseDate("29/02/2016", false)).toEqual({ ok: true, iso: "2016-02-29" });
  });

  it("reads month-only dates only where the field allows them", () => {
    expect(parseDate("2018-10", true)).toEqual({ ok: true, iso: "2018-10" });
    expect(parseDate("10/2018", true)).toEqual({ ok: true, iso: "2018-10" });
    expect(parseDate("10/2018", false)).toEqual({ ok: false, code: "not-a-full-date" });
  });

  it("rejects impossible days and months", () => {
    expect(parseDate("31/02/2018", false)).toEqual({ ok: false, code: "impossible-date", day: 31, month: 2, year: 2018 });
    expect(parseDate("29/02/2018", false)).toEqual({ ok: false, code: "impossible-date", day: 29, month: 2, year: 2018 });
    expect(parseDate("2018-13", true)).toEqual({ ok: false, code: "impossible-date", day: null, month: 13, year: 2018 });
  });

  it("rejects text that is not a date", () => {
    expect(parseDate("9 tháng 5", true)).toEqual({ ok: false, code: "not-a-date" });
    expect(parseDate("20188", true)).toEqual({ ok: false, code: "not-a-date" });
  });

  it("reads a year alone where a partial date is allowed, and asks for a full date elsewhere", () => {
    expect(parseDate("2017", true)).toEqual({ ok: true, iso: "2017" });
    expect(parseDate("2017", false)).toEqual({ ok: false, code: "not-a-full-date" });
  });
});
