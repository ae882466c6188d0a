import sitePlugin from "./src/eleventy/plugin.ts";

/** Eleventy renders site/ from the aggregated data that `npm run build` writes (see scripts/build.ts). */
export default async function (eleventyConfig) {
  eleventyConfig.addPlugin(sitePlugin, {
    // Written by the data step of `npm run build` (scripts/build.ts), which sets MOIT_STATS.
    statsFile: process.env.MOIT_STATS,
    topologyFile: "data/geo/vietnam.topo.json",
    // A missing translation fails the build in CI and is flagged on the page locally.
    strict: Boolean(process.env.CI && process.env.CI !== "false"),
  });
  eleventyConfig.addPassthroughCopy({ "site/assets/site.css": "assets/site.css", "site/assets/favicon.svg": "assets/favicon.svg", "site/assets/favicon.ico": "favicon.ico" });
}

export const config = {
  dir: { input: "site", includes: "_includes", data: "_data" },
  templateFormats: ["njk", "md"],
  // Templates are Nunjucks, including Markdown and HTML files.
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
};
