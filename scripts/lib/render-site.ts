import Eleventy from "@11ty/eleventy";
import sitePlugin, { type SitePluginOptions } from "../../src/eleventy/plugin.ts";

type Config = { addPlugin: (plugin: typeof sitePlugin, options: SitePluginOptions) => void; on: (event: string, listener: () => void) => void };

function eleventyFor(output: string, options: SitePluginOptions, configure: (config: Config) => void = () => {}): Eleventy {
  return new Eleventy("site", output, {
    quietMode: true,
    configPath: ".eleventy.js",
    config: (eleventyConfig) => {
      (eleventyConfig as Config).addPlugin(sitePlugin, options);
      configure(eleventyConfig as Config);
    },
  });
}

/** Renders site/ (config .eleventy.js) into `output`, with the site's data and page views handed to the plugin in memory. */
export async function renderSite(output: string, options: SitePluginOptions): Promise<void> {
  await eleventyFor(output, options).write();
}

/**
 * Watches site/ for `npm start` after the site was rendered into `output`: Eleventy's incremental mode
 * renders again only the pages of a changed template (every page that uses a changed layout or
 * component), and copies a changed stylesheet. `onWritten` runs after each such render. Stop it before
 * the data change: its views are those of `options`.
 */
export async function watchSite(output: string, options: SitePluginOptions, onWritten: () => void): Promise<{ stop: () => Promise<void> }> {
  let initial = true;
  const eleventy = eleventyFor(output, options, (config) =>
    config.on("eleventy.after", () => {
      if (!initial) onWritten();
    }),
  );
  eleventy.setIncrementalBuild(true);
  // The site was just rendered: the watch starts from it instead of writing every page again.
  eleventy.setIgnoreInitial(true);
  await eleventy.init();
  await eleventy.watch();
  initial = false;
  return { stop: () => eleventy.stopWatch() };
}
