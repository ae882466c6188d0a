/**
 * Eleventy renders site/ from what `npm run build` computed: scripts/build.ts adds the site's plugin
 * (src/eleventy/plugin.ts) with the data and every page's view in memory, so Eleventy alone has nothing to show.
 */
export default async function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ "site/assets/site.css": "assets/site.css", "site/assets/favicon.svg": "assets/favicon.svg", "site/assets/favicon.ico": "favicon.ico" });
}

export const config = {
  dir: { input: "site", includes: "_includes", data: "_data" },
  templateFormats: ["njk", "md"],
  // Templates are Nunjucks, including Markdown and HTML files.
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
};
