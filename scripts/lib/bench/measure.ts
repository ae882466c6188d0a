/** Runs one Node.js command as a child process and measures its wall time, CPU time and peak memory. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** What one run cost; the CPU time and peak memory are the measured process's own (process.resourceUsage()). */
export interface Measurement {
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
}

const hook = path.join(import.meta.dirname, "usage-hook.mjs");

/**
 * Runs `node [--import tsx] <args>` in `cwd` with `env` added, and throws with the command's output when it
 * fails or outlives `timeoutMs`: a benchmark of a failed build measures nothing.
 */
export async function measure(args: string[], options: { cwd: string; env: Record<string, string>; tsx: boolean; timeoutMs: number }): Promise<Measurement> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "moit-bench-usage-"));
  const usageFile = path.join(dir, "usage.json");
  const nodeArgs = [...(options.tsx ? ["--import", "tsx"] : []), "--import", hook, ...args];
  const started = performance.now();
  const child = spawn(process.execPath, nodeArgs, {
    cwd: options.cwd,
    env: { ...process.env, CI: "", ...options.env, MOIT_BENCH_USAGE: usageFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  child.stderr.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  clearTimeout(timer);
  const wallMs = performance.now() - started;
  try {
    if (code !== 0) throw new Error(`node ${nodeArgs.join(" ")} ${code === null ? `was stopped after ${options.timeoutMs / 1000} s` : `exited ${code}`}:\n${log}`);
    const usage = JSON.parse(readFileSync(usageFile, "utf8")) as { cpuMs: number; maxRssKiB: number };
    return { wallMs, cpuMs: usage.cpuMs, maxRssMiB: usage.maxRssKiB / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The median of each field over several runs. */
export function median(runs: readonly Measurement[]): Measurement {
  const mid = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const half = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
  };
  return { wallMs: mid(runs.map((r) => r.wallMs)), cpuMs: mid(runs.map((r) => r.cpuMs)), maxRssMiB: mid(runs.map((r) => r.maxRssMiB)) };
}
