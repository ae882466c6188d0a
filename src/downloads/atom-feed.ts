/**
 * An Atom feed (RFC 4287) of the data releases, one entry per release of data/changelog.csv. Eleventy's RSS
 * plugin makes a feed of a collection of pages; these entries are releases, each with a link per language
 * and a tag URI that never changes, so the feed is written here.
 */
import type { SiteData } from "../site/site-data.ts";
import { SECTIONS } from "../site/routes.ts";
import { escapeXml } from "../text/escape.ts";
import { feedPath } from "./paths.ts";
import { text } from "./metadata.ts";
import { releasesNewestFirst } from "../stats/releases.ts";

/** "2018-05-10" → "2018-05-10T00:00:00Z" (Atom wants a date-time). */
const dateTime = (date: string) => `${date}T00:00:00Z`;

/**
 * The feed as XML. Entry ids are tag URIs (RFC 4151) minted from the site's host, the release date and
 * the version: tag:sxsh.moit.gov.vn,2018-05-10:release/0.1.0. They never change once published.
 */
export function atomFeed(site: SiteData, baseUrl: string): string {
  const base = baseUrl.replace(/\/$/, "");
  const host = new URL(base).hostname;
  const releases = releasesNewestFirst(site.dataset.changelog);
  const updated = releases[0]?.date ?? (site.build.dataDate || "1970-01-01");
  const both = (key: string, params?: Record<string, string>) => `${text(key, "vi", params)} / ${text(key, "en", params)}`;
  const entries = releases.map((r) =>
    [
      "  <entry>",
      `    <id>tag:${host},${r.date}:release/${escapeXml(r.version)}</id>`,
      `    <title>${escapeXml(both("downloads.entryTitle", { version: r.version }))}</title>`,
      `    <updated>${dateTime(r.date)}</updated>`,
      `    <link rel="alternate" type="text/html" hreflang="vi" href="${escapeXml(`${base}${SECTIONS.data.vi}#release-${r.version}`)}"/>`,
      `    <link rel="alternate" type="text/html" hreflang="en" href="${escapeXml(`${base}${SECTIONS.data.en}#release-${r.version}`)}"/>`,
      `    <summary>${escapeXml(`${r.summary_vi} / ${r.summary_en}`)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${escapeXml(base + feedPath)}</id>`,
    `  <title>${escapeXml(both("downloads.feedTitle"))}</title>`,
    `  <updated>${dateTime(updated)}</updated>`,
    `  <author><name>${escapeXml(both("downloads.publisher"))}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(base + feedPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(base + SECTIONS.data.vi)}"/>`,
    `  <rights>CC BY 4.0</rights>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
