/**
 * npm run build: validate data/, aggregate, compute every page's view, render the site into a staging
 * folder and, only when every step succeeded, replace _site/ with it. A failed build leaves _site/ as it was.
 * With --preview (npm start), a published figure the data contradict is shown under a red banner instead.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { checkDataFolder, isPreview } from "./lib/cli.ts";
import { passed, prepareSite } from "./lib/prepare-site.ts";
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
if (!passed(check)) {
  process.exitCode = 1;
  await writeValidationReport({ problems: check.problems }, reportPath());
} else {
  const staging = await makeStagingDir(outDir);
  try {
    const site = path.join(staging, "_site");
    const prepared = await prepareSite(check, site, strict);
    await renderSite(site, prepared.options);
    await writeFiles(site, prepared.files);
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
