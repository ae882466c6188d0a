/**
 * npm run build: validate data/, aggregate, compute every page's view, render the site into a staging
 * folder and, only when every step succeeded, replace _site/ with it. A failed build leaves _site/ as it was.
 * With --preview (npm start), a published figure the data contradict is shown under a red banner instead.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { checkerPageData } from "../src/checker/index.ts";
import { templatePath, templateWorkbook } from "../src/checker/template/index.ts";
import { buildDownloads, chartFiles, downloadsData, type DataPackageDescriptor } from "../src/downloads/index.ts";
import { siteTranslator } from "../src/eleventy/plugin.ts";
import { sitePages } from "../src/site/pages.ts";
import { SECTIONS } from "../src/site/routes.ts";
import { siteData } from "../src/site/site-data.ts";
import { figureSet, viewContext } from "../src/site/views/index.ts";
import { assetUrls } from "./lib/asset-urls.ts";
import { bundleChecker, bundleClient } from "./lib/bundle-client.ts";
import { checkDataFolder, isPreview } from "./lib/cli.ts";
import { makeStagingDir, publishDir } from "./lib/publish.ts";
import { renderSite } from "./lib/render-site.ts";
import { reportPath, writeValidationReport } from "./lib/report-file.ts";
import { writeFiles } from "./lib/write-files.ts";

const root = process.cwd();
const outDir = path.resolve(root, process.env.MOIT_OUTPUT ?? "_site");
const dataDir = path.resolve(root, process.env.MOIT_DATA ?? "data");
// A missing translation fails the build in CI and is flagged on the page locally.
const strict = Boolean(process.env.CI && process.env.CI !== "false");

const check = await checkDataFolder(dataDir, isPreview(process.argv));
if (!check.ok || !check.dataset || !check.aggregates) {
  process.exitCode = 1;
  await writeValidationReport({ problems: check.problems }, reportPath());
} else {
  const staging = await makeStagingDir(outDir);
  try {
    const site = path.join(staging, "_site");
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
    // Scripts are bundled before the pages are rendered, which link them by a digest of their bytes.
    const assets = path.join(site, "assets");
    await bundleClient(path.join(assets, "main.js"));
    await bundleChecker(assets);
    const assetFiles = ["main.js", "checker.js", "checker-worker.js"].map((name) => [name, path.join(assets, name)]);
    const urls = await assetUrls({ ...Object.fromEntries(assetFiles), "site.css": "site/assets/site.css", "favicon.svg": "site/assets/favicon.svg" });
    await renderSite(site, {
      site: data,
      pages: sitePages(ctx, figure, topology),
      downloads: await downloadsData(data, descriptor, files),
      assets: urls,
      checker: checkerPageData(descriptor, template),
      t,
    });
    await writeFiles(site, [...files, template]);
    await publishDir(site, outDir);
    console.log(`Đã xây dựng trang vào ${path.relative(root, outDir)}/ · Site built into ${path.relative(root, outDir)}/`);
  } catch (error) {
    process.exitCode = 1;
    console.error(error);
    console.error(`\nXây dựng thất bại; ${path.relative(root, outDir)}/ giữ nguyên như trước.\nThe build failed; ${path.relative(root, outDir)}/ was left as it was.`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
