export { contractOf, enumLabel, type Contract } from "./contract-of.ts";
export { contractSource } from "./contract-source.ts";
