import { beforeAll, describe, expect, it } from "vitest";
import { atomFeed } from "../../src/downloads/atom-feed.ts";
import { buildDownloads } from "../../src/downloads/build-downloads.ts";
import { datasetJsonLd, dcatCatalog } from "../../src/downloads/linked-data.ts";
import { manifest } from "../../src/downloads/data-page.ts";
import { type ManifestEntry } from "../../src/downloads/types.ts";
import { BASE, descriptor, smallSite } from "./fixture.ts";

let entries: ManifestEntry[];
let data: ManifestEntry[];
beforeAll(async () => {
  const site = smallSite();
  entries = await manifest(await buildDownloads(site, descriptor()), site.build.dataDate);
  data = entries.filter((e) => !e.path.endsWith(".jsonld") && !e.path.endsWith(".atom"));
}, 60_000);

describe("datasetJsonLd(site, files, lang)", () => {
  it("describes a schema.org Dataset by the ministry, under CC BY 4.0, over the years of the courses", () => {
    const ld = datasetJsonLd(smallSite(), data, "en");
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Dataset",
      name: "MOIT cleaner-production training",
      license: "https://creativecommons.org/licenses/by/4.0/",
      creator: { "@type": "GovernmentOrganization", name: "Ministry of Industry and Trade of Viet Nam" },
      temporalCoverage: "2016/2017",
      spatialCoverage: { "@type": "Place", name: "Viet Nam" },
      version: "0.2.0",
      dateModified: "2018-03-01",
      isAccessibleForFree: true,
      url: `${BASE}/en/data/`,
    });
    expect(String(ld.description).length).toBeGreaterThan(50);
    expect(ld.keywords).toContain("cleaner production");
  });

  it("names the creator in Vietnamese on the Vietnamese page", () => {
    expect(datasetJsonLd(smallSite(), data, "vi")).toMatchObject({ creator: { name: "Bộ Công Thương" }, spatialCoverage: { name: "Việt Nam" } });
  });

  it("lists a DataDownload with an absolute contentUrl for every data file", () => {
    const distribution = datasetJsonLd(smallSite(), data, "vi").distribution as Record<string, unknown>[];
    expect(distribution.map((d) => d.contentUrl)).toEqual(data.map((e) => `${BASE}${e.path}`));
    expect(distribution.every((d) => d["@type"] === "DataDownload" && typeof d.encodingFormat === "string")).toBe(true);
    expect(distribution.find((d) => d.contentUrl === `${BASE}/files/courses.csv`)?.encodingFormat).toBe("text/csv");
  });
});

describe("dcatCatalog(site, files)", () => {
  it("is a dcat:Catalog holding one dcat:Dataset with a distribution per file", () => {
    const catalog = dcatCatalog(smallSite(), data);
    expect(catalog["@type"]).toBe("dcat:Catalog");
    expect(catalog["@id"]).toBe(`${BASE}/files/catalog.jsonld`);
    const dataset = catalog["dcat:dataset"] as Record<string, unknown>;
    expect(dataset["@type"]).toBe("dcat:Dataset");
    const distributions = dataset["dcat:distribution"] as Record<string, any>[];
    expect(distributions.map((d) => d["dcat:downloadURL"]["@id"])).toEqual(data.map((e) => `${BASE}${e.path}`));
    expect(distributions[0]!["dcat:mediaType"]["@id"]).toBe("https://www.iana.org/assignments/media-types/text/csv");
  });

  it("dates the data set from the first release to the latest and covers 2016–2017 in Viet Nam", () => {
    const dataset = dcatCatalog(smallSite(), data)["dcat:dataset"] as Record<string, any>;
    expect(dataset["dct:issued"]["@value"]).toBe("2018-01-15");
    expect(dataset["dct:modified"]["@value"]).toBe("2018-03-01");
    expect(dataset["dct:temporal"]["dcat:startDate"]["@value"]).toBe("2016");
    expect(dataset["dct:temporal"]["dcat:endDate"]["@value"]).toBe("2017");
    expect(dataset["dct:spatial"]["@id"]).toBe("https://sws.geonames.org/1562822/");
    expect(dataset["dct:license"]["@id"]).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(dataset["dct:publisher"]["foaf:name"][0]["@value"]).toBe("Bộ Công Thương");
  });
});


