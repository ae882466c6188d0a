import Eleventy from "@11ty/eleventy";
import sitePlugin, { type SitePluginOptions } from "../../src/eleventy/plugin.ts";

/** Renders site/ (config .eleventy.js) into `output`, with the site's data and page views handed to the plugin in memory. */
export async function renderSite(output: string, options: SitePluginOptions): Promise<void> {
  const eleventy = new Eleventy("site", output, {
    quietMode: true,
    configPath: ".eleventy.js",
    config: (eleventyConfig) => (eleventyConfig as { addPlugin: (plugin: typeof sitePlugin, options: SitePluginOptions) => void }).addPlugin(sitePlugin, options),
  });
  await eleventy.write();
}
