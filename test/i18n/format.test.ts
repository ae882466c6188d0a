import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatPercent } from "../../src/i18n/format.ts";

describe("formatDate(iso, lang)", () => {
  it("writes a Vietnamese date as 9/5/2018, never as '9 tháng 5, 2018'", () => {
    expect(formatDate("2018-05-09", "vi")).toBe("9/5/2018");
    expect(formatDate("2017-12-31", "vi")).toBe("31/12/2017");
  });

  it("writes an English date with the month in words", () => {
    expect(formatDate("2018-05-09", "en")).toBe("9 May 2018");
  });

  it("writes a month alone and a year alone as such", () => {
    expect([formatDate("2018-10", "vi"), formatDate("2018-10", "en")]).toEqual(["tháng 10/2018", "October 2018"]);
    expect([formatDate("2017", "vi"), formatDate("2017", "en")]).toEqual(["năm 2017", "2017"]);
  });

  it("leaves text that is not an ISO date as it is", () => {
    expect(formatDate("đầu tháng 10", "vi")).toBe("đầu tháng 10");
  });
});

describe("formatNumber and formatPercent", () => {
  it("use the reader's separators, and no space before the per cent sign", () => {
    expect([formatNumber(1234, "vi"), formatNumber(1234, "en")]).toEqual(["1.234", "1,234"]);
    expect([formatPercent(49 / 63, "vi"), formatPercent(49 / 63, "en")]).toEqual(["77,8%", "77.8%"]);
  });
});
