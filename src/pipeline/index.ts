export { checkPackage, type CheckResult } from "./check-package.ts";
