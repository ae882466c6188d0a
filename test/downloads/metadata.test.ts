import { describe, expect, it } from "vitest";
import { citation } from "../../src/downloads/metadata.ts";
import { smallSite } from "./fixture.ts";

describe("citation(site, lang)", () => {
  it("cites the ministry, year, title, version, data date, licence and page in Vietnamese", () => {
    expect(citation(smallSite(), "vi").text).toBe(
      "Bộ Công Thương (2018). Tập huấn sản xuất sạch hơn của Bộ Công Thương, phiên bản 0.2.0 [bộ dữ liệu]. Dữ liệu ngày 1/3/2018. Giấy phép CC BY 4.0. https://sxsh.example.vn/du-lieu/",
    );
  });

  it("cites the same in English, pointing at the English page", () => {
    expect(citation(smallSite(), "en").text).toBe(
      "Ministry of Industry and Trade of Viet Nam (2018). MOIT cleaner-production training, version 0.2.0 [data set]. Data as of 1 March 2018. Licence CC BY 4.0. https://sxsh.example.vn/en/data/",
    );
  });

  it("writes a BibTeX @misc entry with the ministry as a corporate author", () => {
    expect(citation(smallSite(), "en").bibtex).toBe(
      [
        "@misc{moit_cleaner_production_2018,",
        "  author = {{Ministry of Industry and Trade of Viet Nam}},",
        "  title = {MOIT cleaner-production training},",
        "  year = {2018},",
        "  version = {0.2.0},",
        "  url = {https://sxsh.example.vn/en/data/},",
        "  note = {Data as of 1 March 2018; licence CC BY 4.0}",
        "}",
      ].join("\n"),
    );
    expect(citation(smallSite(), "vi").bibtex).toContain("  author = {{Bộ Công Thương}},");
  });
});
