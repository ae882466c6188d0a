import { describe, expect, it } from "vitest";
import { workbookFiles } from "../../src/checker/index.ts";
import { descriptor } from "./support.ts";

describe("workbookFiles(descriptor, sheets)", () => {
  it("turns each sheet named after a data table into its CSV file and leaves the other sheets out", () => {
    const out = workbookFiles(descriptor, [
      { sheet: "Hướng dẫn - Instructions", data: [["Bước 1"]] },
      { sheet: "Published-Facts", data: [["indicator", "value"], ["officials_trained", 300]] },
      { sheet: "coverage-by-year", data: [["year"], [2018]] },
      { sheet: "targets.csv", data: [["indicator"]] },
    ]);
    expect(Object.keys(out.files).sort()).toEqual(["published-facts.csv", "targets.csv"]);
    expect(new TextDecoder().decode(out.files["published-facts.csv"])).toBe("indicator,value\nofficials_trained,300\n");
    expect(out.sheets).toEqual({ "published-facts.csv": "Published-Facts", "targets.csv": "targets.csv" });
  });
});
