import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipArchive, zipTime } from "../../src/downloads/index.ts";

describe("zipTime(isoDate)", () => {
  it("is local noon of the date, so the ZIP's local date is that day in any time zone", () => {
    const t = zipTime("2018-05-10");
    expect([t.getFullYear(), t.getMonth(), t.getDate(), t.getHours()]).toEqual([2018, 4, 10, 12]);
  });
});

describe("zipArchive(entries, isoDate)", () => {
  const entries = { "b.csv": new TextEncoder().encode("x\r\n1\r\n"), "a.json": new TextEncoder().encode("[]\n") };

  it("holds exactly the entries, in the given order, with equal bytes", () => {
    const back = unzipSync(zipArchive(entries, "2018-05-10"));
    expect(Object.keys(back)).toEqual(["b.csv", "a.json"]);
    expect(back["b.csv"]).toEqual(entries["b.csv"]);
  });

  it("gives the same bytes for the same entries and date", () => {
    expect(zipArchive(entries, "2018-05-10")).toEqual(zipArchive(entries, "2018-05-10"));
    expect(zipArchive(entries, "2018-05-10")).not.toEqual(zipArchive(entries, "2018-05-11"));
  });
});
