/**
 * npm run bench [-- --runs=N --only=1×,10×]: builds synthetic datasets of 1×, 10×, 100× and 1,000× the
 * participant rows of data/ and measures check and build against bare Eleventy writing as many pages,
 * then adds the results to bench/results.md. Not part of npm test: it takes about a quarter of an hour.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bareEleventyProject } from "./lib/bench/bare-eleventy.ts";
import { benchDatasets } from "./lib/bench/datasets.ts";
import { dataSummary } from "./lib/bench/data-summary.ts";
import { loadAverage, machineDescription } from "./lib/bench/machine.ts";
import { measure, median, type Measurement } from "./lib/bench/measure.ts";
import { appendResults, resultsSection, type DatasetResult } from "./lib/bench/results.ts";
import { siteSize } from "./lib/bench/site-size.ts";
import { writeSyntheticData } from "./lib/bench/synthetic-data.ts";

const root = process.cwd();
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const maxRuns = Number(option("runs") ?? Infinity);
const only = option("only")?.split(",");
const work = mkdtempSync(path.join(os.tmpdir(), "moit-bench-"));
const machine = machineDescription();
const results: DatasetResult[] = [];
const loadAtStart = loadAverage();

try {
  const datasets = benchDatasets(path.join(root, "data")).filter((d) => !only || only.includes(d.name));
  for (const [index, dataset] of datasets.entries()) {
    const dir = dataset.spec ? path.join(work, `data-${index}`) : path.join(root, "data");
    if (dataset.spec) writeSyntheticData(path.join(root, "data"), dir, dataset.spec);
    const site = path.join(work, `site-${index}`);
    const runs = Math.min(dataset.runs, maxRuns);
    const env = { MOIT_DATA: dir, MOIT_OUTPUT: site };
    const timeoutMs = dataset.timeoutMinutes * 60_000;
    const measured: Record<"check" | "build" | "eleventy", Measurement[]> = { check: [], build: [], eleventy: [] };
    for (let run = 1; run <= runs; run++) {
      console.log(`${dataset.name}: run ${run} of ${runs}`);
      measured.check.push(await measure(["scripts/check.ts", dir], { cwd: root, env, tsx: true, timeoutMs }));
      measured.build.push(await measure(["scripts/build.ts"], { cwd: root, env, tsx: true, timeoutMs }));
      const project = path.join(work, `eleventy-${index}`);
      const output = path.join(work, `eleventy-site-${index}`);
      rmSync(output, { recursive: true, force: true });
      const args = bareEleventyProject(root, project, siteSize(site).pages, output);
      measured.eleventy.push(await measure(args, { cwd: project, env: {}, tsx: false, timeoutMs }));
    }
    const size = siteSize(site);
    const written = siteSize(path.join(work, `eleventy-site-${index}`)).pages;
    if (written !== size.pages) throw new Error(`${dataset.name}: bare Eleventy wrote ${written} pages, the build ${size.pages}`);
    const result = { name: dataset.name, note: dataset.note, runs, data: dataSummary(dir), site: size, check: median(measured.check), build: median(measured.build), eleventy: median(measured.eleventy) };
    results.push(result);
    console.log(`${dataset.name}: ${size.pages} pages, build ${(result.build.wallMs / 1000).toFixed(1)} s, ${result.build.maxRssMiB.toFixed(0)} MiB`);
    rmSync(site, { recursive: true, force: true });
  }
  const file = path.join(root, "bench", "results.md");
  const load = `Load average (1 min) on ${os.cpus().length} cores: ${loadAtStart} at the start, ${loadAverage()} at the end; other work shares the machine, which is why runs are interleaved and the ratios matter more than the seconds.`;
  appendResults(file, resultsSection(machine, results, "1×", [load]));
  console.log(`Kết quả đã ghi vào / Results written to ${path.relative(root, file)}`);
} catch (error) {
  process.exitCode = 1;
  console.error(error instanceof Error ? error.message : error);
} finally {
  rmSync(work, { recursive: true, force: true });
}
