import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildSite } from "./build-site.ts";
import { kb, pageLoads, pageWeight, type PageWeight } from "./page-weight.ts";

// Transfer budgets per page, gzipped: HTML + CSS + JS + what the page loads.
const TEXT_PAGE = 60 * 1024;
const MAP_PAGE = 150 * 1024;
const JS = 30 * 1024;

const describeWeight = (w: PageWeight) => `${w.page}: ${kb(w.total)} (HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}, other ${kb(w.other)})`;

describe("pageLoads(html)", () => {
  it("finds the stylesheets, scripts, icons and frames a page requests, and nothing it only names", () => {
    const html = `<link rel="canonical" href="/x/"><link rel="stylesheet" href="/assets/site.css"><link rel="icon" href="/i.svg">
      <script type="application/json" data-map-data>{}</script><script type="module" src="/assets/main.js"></script>
      <img src="/a.png" alt=""><iframe src="/nhung/coverage/"></iframe><a href="/files/data.zip">zip</a><script src="https://cdn.test/x.js"></script>`;
    expect(pageLoads(html)).toEqual({ css: ["/assets/site.css"], js: ["/assets/main.js"], other: ["/i.svg", "/a.png", "/nhung/coverage/"] });
  });
});

describe("every built page against its transfer budget", () => {
  let dir = "";
  let ownDir: string | undefined;
  let weights: PageWeight[] = [];
  beforeAll(async () => {
    // The browser tests' build when there is one; otherwise this file builds its own.
    dir = (inject("moitSiteDir") as string | undefined) ?? (ownDir = await buildSite());
    const gzipped = new Map<string, number>();
    const pages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
    weights = pages.map((file) => pageWeight(dir, file, gzipped));
  });
  afterAll(() => ownDir && rmSync(ownDir, { recursive: true, force: true }));

  it("measures every page with the stylesheet and script it loads, the map pages among them", () => {
    expect(weights.length).toBeGreaterThan(100);
    const home = weights.find((w) => w.page === "/");
    expect(home?.loads).toEqual(expect.arrayContaining(["/assets/site.css", "/assets/main.js"]));
    expect(weights.filter((w) => w.map).map((w) => w.page)).toEqual(expect.arrayContaining(["/ban-do/", "/en/map/"]));
  });

  it("keeps each text page within 60 KB", () => {
    const over = weights.filter((w) => !w.map && w.total > TEXT_PAGE).map(describeWeight);
    expect(over, `pages over ${kb(TEXT_PAGE)}`).toEqual([]);
  });

  it("keeps each page with the interactive map within 150 KB", () => {
    const over = weights.filter((w) => w.map && w.total > MAP_PAGE).map(describeWeight);
    expect(over, `map pages over ${kb(MAP_PAGE)}`).toEqual([]);
  });

  it("sends at most 30 KB of JavaScript to any page", () => {
    const over = weights.filter((w) => w.js > JS).map((w) => `${w.page}: JS ${kb(w.js)}`);
    expect(over, `pages with more than ${kb(JS)} of JavaScript`).toEqual([]);
  });
});
