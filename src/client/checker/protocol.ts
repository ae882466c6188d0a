/** The messages between the checker page and its worker (/assets/checker-worker.js). */
import type { CheckStage, CheckView } from "../../checker/check-view.ts";
import type { PackageDescriptor } from "../../data/schema.ts";

/** Page → worker. */
export type ToWorker =
  | { type: "init"; descriptor: PackageDescriptor; filesBase: string }
  | { type: "check"; files: File[] };

/** Why the worker could not check what it was given, for a message of the page. */
export type Refusal = "too-many-workbooks" | "not-a-workbook" | "failed";

/** Worker → page. */
export type FromWorker =
  | { type: "ready"; published: boolean }
  | { type: "progress"; stage: "reading" | "workbook" | CheckStage; file?: string }
  | { type: "result"; view: CheckView }
  | { type: "refused"; reason: Refusal; file?: string };
