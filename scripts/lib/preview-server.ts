/**
 * The process behind `npm start` (scripts/serve.ts starts it, and starts it again when code in src/
 * changes). It keeps its modules loaded between builds, serves the output folder with live reload and:
 * - on a change in data/, checks and prepares the whole site again and publishes it as the build does
 *   (a failed check keeps serving the last good site);
 * - on a change in site/, lets Eleventy render again only the pages that the changed template makes.
 * It is a preview: a published figure that the data contradict is shown under a red banner.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { checkDataFolder } from "./cli.ts";
import { passed, prepareSite } from "./prepare-site.ts";
import { makeStagingDir, publishDir } from "./publish.ts";
import { renderSite, watchSite } from "./render-site.ts";
import { watchTree } from "./watch-tree.ts";
import { writeFiles } from "./write-files.ts";

const root = process.cwd();
const outDir = path.resolve(root, process.env.MOIT_OUTPUT ?? "_site");
const dataDir = path.resolve(root, process.env.MOIT_DATA ?? "data");
const port = Number(process.env.PORT ?? 8080);

const server = EleventyDevServer.getServer("moit-site", outDir, { port, domDiff: false });
const reload = () => server.reload({ files: [], subtype: undefined, build: {} });
let templates: { stop: () => Promise<void> } | undefined;

/** Checks data/, prepares and renders the whole site into a staging folder, then publishes it and watches site/. */
async function buildAll(): Promise<boolean> {
  const started = performance.now();
  const check = await checkDataFolder(dataDir, true);
  if (!passed(check)) {
    console.error("Trang đang xem giữ nguyên bản dựng trước. / The preview keeps the last good build.");
    return false;
  }
  const staging = await makeStagingDir(outDir);
  try {
    const site = path.join(staging, "_site");
    const prepared = await prepareSite(check, site, false);
    await renderSite(site, prepared.options);
    await writeFiles(site, prepared.files);
    await templates?.stop();
    await publishDir(site, outDir);
    templates = await watchSite(outDir, prepared.options, () => {
      console.log("Đã dựng lại các trang của mẫu đã sửa. / Pages of the changed template rendered again.");
      reload();
    });
    console.log(`Đã xây dựng trang (${((performance.now() - started) / 1000).toFixed(1)} s) · Site built`);
    return true;
  } catch (error) {
    console.error(error);
    console.error("Xây dựng thất bại; trang đang xem giữ nguyên. / The build failed; the preview keeps the last good build.");
    return false;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

await buildAll();
server.serve(port);
process.send?.({ ready: port });

let running = Promise.resolve();
watchTree([dataDir], () => {
  running = running.then(async () => {
    if (await buildAll()) reload();
  });
});
