import { readFile } from "node:fs/promises";
import path from "node:path";
import { checkerPageData } from "../../src/checker/index.ts";
import { templatePath, templateWorkbook } from "../../src/checker/template/index.ts";
import { buildDownloads, chartFiles, downloadsData, type DataPackageDescriptor } from "../../src/downloads/index.ts";
import type { Dataset } from "../../src/data/types.ts";
import type { Aggregates } from "../../src/stats/index.ts";
import { siteTranslator, type SitePluginOptions } from "../../src/eleventy/plugin.ts";
import { sitePages } from "../../src/site/pages.ts";
import { SECTIONS } from "../../src/site/routes.ts";
import { siteData } from "../../src/site/site-data.ts";
import { figureSet, viewContext } from "../../src/site/views/index.ts";
import { assetUrls } from "./asset-urls.ts";
import { bundleChecker, bundleClient } from "./bundle-client.ts";
import type { FolderCheck } from "./cli.ts";

/** What Eleventy renders from (handed to the site's plugin in memory) and the files written beside the pages. */
export interface PreparedSite {
  options: SitePluginOptions;
  /** /files/: the downloads, the chart files and the data entry template. */
  files: { path: string; bytes: Uint8Array }[];
}

/** A check whose data can be published: it read the dataset and aggregated it. */
export type PassedCheck = FolderCheck & { ok: true; dataset: Dataset; aggregates: Aggregates };

export function passed(check: FolderCheck): check is PassedCheck {
  return check.ok && check.dataset !== null && check.aggregates !== null;
}

/**
 * Everything of a build but the rendering, from a data folder that passed the check: the site's data and
 * every page's view, the downloads, and the browser scripts bundled into `siteDir`/assets (pages link
 * them by a digest of their bytes, so they are bundled first). `npm run build` and `npm start` share it.
 */
export async function prepareSite(check: PassedCheck, siteDir: string, strict: boolean): Promise<PreparedSite> {
  const root = process.cwd();
  // The descriptor the check read and validated the data against.
  const descriptor = check.descriptor as DataPackageDescriptor;
  const { homepage } = JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as { homepage: string };
  const topology = JSON.parse(await readFile(path.join(root, "data", "geo", "vietnam.topo.json"), "utf8")) as unknown;
  const data = siteData(check.dataset, check.aggregates, descriptor, (process.env.SITE_URL ?? homepage).replace(/\/$/, ""));
  const t = siteTranslator({ strict, onMissing: (key, lang) => console.warn(`Thiếu bản dịch / Missing translation: ${lang} "${key}"`) });
  const ctx = viewContext(data, t);
  const figure = figureSet(ctx, topology);
  const files = [...(await buildDownloads(data, descriptor)), ...chartFiles(ctx, figure)];
  const about = { version: data.build.dataVersion, date: data.build.dataDate, checkerUrl: data.build.baseUrl + SECTIONS.check.vi };
  const template = { path: templatePath(descriptor), bytes: await templateWorkbook(descriptor, check.dataset, about) };
  const assets = path.join(siteDir, "assets");
  await bundleClient(path.join(assets, "main.js"));
  await bundleChecker(assets);
  const assetFiles = ["main.js", "checker.js", "checker-worker.js"].map((name) => [name, path.join(assets, name)]);
  const urls = await assetUrls({ ...Object.fromEntries(assetFiles), "site.css": "site/assets/site.css", "favicon.svg": "site/assets/favicon.svg" });
  const options: SitePluginOptions = {
    site: data,
    pages: sitePages(ctx, figure, topology),
    downloads: await downloadsData(data, descriptor, files),
    assets: urls,
    checker: checkerPageData(descriptor, template),
    t,
  };
  return { options, files: [...files, template] };
}
