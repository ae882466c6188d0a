/** npm run build:contract: writes src/data/contract.ts, the types of data/datapackage.json. Run it after changing the descriptor. */
import { readFileSync, writeFileSync } from "node:fs";
import { asDescriptor } from "../src/data/schema.ts";
import { contractSource } from "../src/data/contract/contract-source.ts";

const descriptor = asDescriptor(JSON.parse(readFileSync("data/datapackage.json", "utf8")));
writeFileSync("src/data/contract.ts", contractSource(descriptor));
console.log("src/data/contract.ts");
