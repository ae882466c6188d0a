import { readdirSync, readFileSync } from "node:fs";
import { checkPackage } from "./src/pipeline/index.ts";
import { messageVi, messageEn, catalogue } from "./src/data/index.ts";
import { dataFiles, descriptor } from "./test/checker/support.ts";
import { defectFixtures } from "./test/e2e/checker-page.ts";
const seen = new Map<string, [string, string, string]>();
for (const c of defectFixtures(descriptor.resources.map((r) => r.path))) {
  for (const p of checkPackage(descriptor, { ...dataFiles(), [c.target]: new Uint8Array(c.bytes) }).problems) if (!seen.has(p.code)) seen.set(p.code, [c.fixture, messageVi(p), messageEn(p)]);
}
const missing = Object.keys(catalogue).filter((k) => !seen.has(k));
for (const [k, [f, vi, en]] of seen) console.log(`${k} | ${f}\n  ${vi}\n  ${en}`);
console.log("MISSING", missing.join(", "));
