/** The machine a benchmark ran on, for reading its figures later. */
import os from "node:os";

/** The load average over the last minute: how busy other work kept the machine while the benchmark ran. */
export function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(1);
}

/** "AMD EPYC, 2 cores, 23.5 GiB, Linux 6.1, Node.js v20.20.2" and the date of the run. */
export function machineDescription(now = new Date()): { date: string; text: string } {
  const cpus = os.cpus();
  const memory = `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`;
  const text = `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${memory} memory, ${os.type()} ${os.release()}, Node.js ${process.version}`;
  return { date: now.toISOString().slice(0, 16).replace("T", " ") + " UTC", text };
}
