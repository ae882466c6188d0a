import { beforeAll, describe, expect, it } from "vitest";
import { atomFeed, buildDownloads, datasetJsonLd, dcatCatalog, manifest, type ManifestEntry } from "../../src/downloads/index.ts";
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

/** Every start tag has its end tag, in order; returns the element names in document order. */
function elements(xml: string): string[] {
  const stack: string[] = [];
  const names: string[] = [];
  for (const m of xml.replace(/^<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClosing] = m;
    if (close) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      names.push(name!);
      if (!selfClosing) stack.push(name!);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.join("><")}>`);
  return names;
}

describe("atomFeed(site, baseUrl)", () => {
  const xml = atomFeed(smallSite(), BASE);

  it("is well-formed XML with a feed root in the Atom namespace", () => {
    expect(elements(xml)[0]).toBe("feed");
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it("has one entry per release, newest first, with stable tag ids and dates", () => {
    expect(elements(xml).filter((n) => n === "entry")).toHaveLength(2);
    expect([...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1])).toEqual([
      "tag:sxsh.example.vn,2018-03-01:release/0.2.0",
      "tag:sxsh.example.vn,2018-01-15:release/0.1.0",
    ]);
    expect(xml).toContain("<updated>2018-03-01T00:00:00Z</updated>\n  <author>");
  });

  it("gives each entry a bilingual title and summary, escaped", () => {
    expect(xml).toContain("<title>Phiên bản dữ liệu 0.2.0 / Data version 0.2.0</title>");
    expect(xml).toContain("<summary>Thêm khóa 2017 &amp; sửa &lt;tên&gt; / Adds the 2017 course &amp; fixes &lt;names&gt;</summary>");
  });

  it("links itself and each release on the data page", () => {
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${BASE}/files/changes.atom"/>`);
    expect(xml).toContain(`href="${BASE}/en/data/#release-0.1.0"`);
  });

  it("has no entry and the data date when there is no release yet", () => {
    const site = smallSite();
    const empty = atomFeed({ ...site, dataset: { ...site.dataset, changelog: [] } }, BASE);
    expect(elements(empty)).not.toContain("entry");
    expect(empty).toContain("<updated>2018-03-01T00:00:00Z</updated>");
  });
});
