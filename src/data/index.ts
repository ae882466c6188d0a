export { factMismatch } from "./fact-mismatch.ts";
export type { Problem } from "./problem.ts";
export { formatReport } from "./report.ts";
export { validatePackage } from "./validate-package.ts";
export type { PackageDescriptor } from "./schema.ts";
