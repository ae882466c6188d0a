import Eleventy from "@11ty/eleventy";

/** Renders the Eleventy site (input site/, config .eleventy.js) into `output`, reading the aggregated data from `statsFile`. */
export async function renderSite(output: string, statsFile: string): Promise<void> {
  process.env.MOIT_STATS = statsFile;
  const eleventy = new Eleventy("site", output, { quietMode: true, configPath: ".eleventy.js" });
  await eleventy.write();
}
