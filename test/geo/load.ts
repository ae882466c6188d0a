import { readFileSync } from "node:fs";
import type { VietnamTopology } from "../../src/geo/topology.ts";

/** The committed topology and the two province lists, read once per test file. */
export const topologyText = readFileSync("data/geo/vietnam.topo.json", "utf8");
export const topology = JSON.parse(topologyText) as VietnamTopology;

const csv = (path: string) =>
  readFileSync(path, "utf8").trim().split("\n").slice(1).map((line) => line.split(","));
export const provinceRows = csv("data/provinces.csv").map(([code, name_vi, , , , code_2025]) => ({ code: code!, name_vi: name_vi!, code_2025: code_2025! }));
export const unitRows = csv("data/provinces-2025.csv").map(([code, name_vi]) => ({ code: code!, name_vi: name_vi! }));
