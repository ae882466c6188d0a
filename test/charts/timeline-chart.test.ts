import { describe, expect, it } from "vitest";
import { timelineChart, type TimelineChartOptions, type TimelineItem } from "../../src/charts/timeline-chart.ts";

const items: TimelineItem[] = [
  { id: "2010-basic", year: 2010, programme: "basic", label: "Khóa cơ bản 2010", value: 1025, href: "/vi/khoa/2010-co-ban/" },
  { id: "2015-advanced", year: 2015, programme: "advanced", label: "Khóa nâng cao 2015", value: 28, href: "/vi/khoa/2015-nang-cao/" },
  { id: "2017-advanced", year: 2017, programme: "advanced", label: "Khóa nâng cao 2017", value: null, href: "/vi/khoa/2017-nang-cao/" },
  { id: "2018-advanced", year: 2018, programme: "advanced", label: "Khóa nâng cao 2018", value: 30, href: "/vi/khoa/2018-nang-cao/" },
];
const options: TimelineChartOptions = {
  width: 800,
  lang: "vi",
  title: "Các khóa tập huấn từ năm 2010",
  desc: "Khóa cơ bản từ 2010, khóa nâng cao từ 2015.",
  idPrefix: "courses",
  labels: { programmes: { basic: "Khóa cơ bản", advanced: "Khóa nâng cao" }, notPublished: "không công bố" },
};
const count = (svg: string, needle: string) => svg.split(needle).length - 1;

describe("timelineChart(items, options)", () => {
  it("draws one linked mark per course, named by its title", () => {
    const svg = timelineChart(items, options);
    expect(count(svg, '<a href="/vi/khoa/')).toBe(4);
    expect(count(svg, "<circle")).toBe(5);
    expect(svg).toContain('<a href="/vi/khoa/2018-nang-cao/" class="timeline-mark" data-id="2018-advanced"><title>Khóa nâng cao 2018: 30</title>');
  });

  it("writes values for the language and a dash for a figure not published", () => {
    const svg = timelineChart(items, options);
    expect(svg).toContain(">1.025</text>");
    expect(timelineChart(items, { ...options, lang: "en" })).toContain(">1,025</text>");
    expect(svg).toContain("<title>Khóa nâng cao 2017: không công bố</title>");
    expect(svg).toContain(">–</text>");
    expect(svg).toContain(">– không công bố</text>");
  });

  it("names both programme rows and every year from the first to the last course", () => {
    const svg = timelineChart(items, options);
    expect(svg).toContain(">Khóa cơ bản</text>");
    expect(svg).toContain(">Khóa nâng cao</text>");
    for (let year = 2010; year <= 2018; year++) expect(svg).toContain(`>${year}</text>`);
    expect(svg).not.toContain(">2019</text>");
  });

  it("is a group, so screen readers reach its links, labelled by prefixed ids", () => {
    expect(timelineChart(items, options)).toContain('role="group" aria-labelledby="courses-title courses-desc"');
  });

  it("runs the years down the page in the compact layout", () => {
    const svg = timelineChart(items, { ...options, width: 360 });
    const y = (year: number) => Number(new RegExp(`<text x="0" y="([\\d.]+)"[^>]*>${year}</text>`, "u").exec(svg)?.[1]);
    expect(y(2011) - y(2010)).toBe(34);
    expect(y(2018) - y(2010)).toBe(8 * 34);
  });

  it("escapes labels and hrefs", () => {
    const svg = timelineChart([{ ...items[0]!, label: 'K<&"', href: "/a?b&c" }], options);
    expect(svg).toContain("<title>K&lt;&amp;&quot;: 1.025</title>");
    expect(svg).toContain('href="/a?b&amp;c"');
  });

  it("gives the same string for the same input", () => {
    expect(timelineChart(items, options)).toBe(timelineChart(structuredClone(items), { ...options }));
  });

  it("matches the stored drawing", async () => {
    await expect(timelineChart(items, options)).toMatchFileSnapshot("./__snapshots__/timeline-chart.svg");
  });
});
