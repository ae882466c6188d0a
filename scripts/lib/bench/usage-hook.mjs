// Loaded with `node --import` into every process the benchmark measures: on exit, writes the process's
// own CPU time and peak memory (process.resourceUsage) to the file named by MOIT_BENCH_USAGE.
import { writeFileSync } from "node:fs";

const file = process.env.MOIT_BENCH_USAGE;
if (file) {
  process.on("exit", () => {
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (userCPUTime + systemCPUTime) / 1000, maxRssKiB: maxRSS }));
  });
}
