/**
 * The checker's worker (/assets/checker-worker.js): reads the files an official chose, runs the very
 * check of `npm run check` on them and posts the result. Nothing leaves the machine: the only requests
 * are for the published site's own /files/, on the same origin.
 */
import { checkView, type CheckRequest } from "../../checker/check-view.ts";
import { looksLikeWorkbook, readWorkbook } from "../../checker/read-workbook.ts";
import type { PackageDescriptor } from "../../data/schema.ts";
import type { FromWorker, ToWorker } from "./protocol.ts";
import { loadPublished, type Published } from "./published-data.ts";

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);
let descriptor: PackageDescriptor | null = null;
let published: Promise<Published | null> = Promise.resolve(null);

async function check(files: File[]): Promise<void> {
  const given: { name: string; bytes: Uint8Array }[] = [];
  for (const file of files) {
    post({ type: "progress", stage: "reading", file: file.name });
    given.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  const workbooks = given.filter((f) => /\.xlsx$/i.test(f.name) || looksLikeWorkbook(f.bytes));
  if (workbooks.length > 1) return post({ type: "refused", reason: "too-many-workbooks" });
  let workbook: CheckRequest["workbook"] = null;
  if (workbooks[0]) {
    post({ type: "progress", stage: "workbook", file: workbooks[0].name });
    try {
      workbook = { name: workbooks[0].name, sheets: await readWorkbook(workbooks[0].bytes) };
    } catch {
      return post({ type: "refused", reason: "not-a-workbook", file: workbooks[0].name });
    }
  }
  const csv = given.filter((f) => !workbooks.includes(f));
  const view = checkView({ descriptor: descriptor!, csv, workbook, published: await published }, (stage) => post({ type: "progress", stage }));
  post({ type: "result", view });
}

self.addEventListener("message", (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "init") {
    descriptor = message.descriptor;
    published = loadPublished(message.descriptor, message.filesBase);
    void published.then((data) => post({ type: "ready", published: data !== null }));
  } else if (message.type === "check" && descriptor) {
    check(message.files).catch(() => post({ type: "refused", reason: "failed" }));
  }
});
