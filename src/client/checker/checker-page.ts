/**
 * The checker page's script (/assets/checker.js, loaded on that page only): shows the chooser, starts
 * the worker that checks the files, announces its progress in a live region and shows the result.
 */
import type { PackageDescriptor } from "../../data/schema.ts";
import { dropZone } from "./drop-zone.ts";
import type { FromWorker, ToWorker } from "./protocol.ts";
import { outcome, renderView } from "./render-view.ts";
import { uiText } from "./ui-text.ts";

function start(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>("[data-checker-input]");
  const status = root.querySelector<HTMLElement>("[data-checker-status]");
  const results = root.querySelector<HTMLElement>("[data-checker-results]");
  const zone = root.querySelector<HTMLElement>("[data-checker-drop]");
  const texts = document.querySelector("[data-checker-text]")?.textContent;
  const descriptor = document.querySelector("[data-checker-descriptor]")?.textContent;
  if (!input || !status || !results || !zone || !texts || !descriptor || !root.dataset.worker) return;
  const t = uiText(texts);
  const worker = new Worker(root.dataset.worker);
  const send = (message: ToWorker) => worker.postMessage(message);
  const say = (text: string) => (status.textContent = text);
  let ready = false;
  let waiting: File[] | null = null;

  const check = (files: File[]) => {
    if (!ready) {
      waiting = files;
      return say(t("loading"));
    }
    results.replaceChildren();
    root.setAttribute("aria-busy", "true");
    send({ type: "check", files });
  };
  worker.addEventListener("message", (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === "ready") {
      ready = true;
      say(t(message.published ? "ready" : "readyAlone"));
      if (waiting) check(waiting);
      waiting = null;
    } else if (message.type === "progress") {
      say(t(message.stage, { file: message.file ?? "" }));
    } else {
      root.removeAttribute("aria-busy");
      if (message.type === "refused") return say(t(message.reason, { file: message.file ?? "" }));
      results.replaceChildren(renderView(message.view, t));
      say(outcome(message.view, t));
    }
  });
  worker.addEventListener("error", () => {
    root.removeAttribute("aria-busy");
    say(t("failed"));
  });
  send({ type: "init", descriptor: JSON.parse(descriptor) as PackageDescriptor, filesBase: root.dataset.files ?? "/files/" });
  input.addEventListener("change", () => input.files?.length && check([...input.files]));
  dropZone(zone, check);
  for (const hidden of root.querySelectorAll<HTMLElement>("[data-checker-js]")) hidden.hidden = false;
  for (const note of document.querySelectorAll<HTMLElement>("[data-checker-nojs]")) note.hidden = true;
  say(t("loading"));
}

const root = document.querySelector<HTMLElement>("[data-checker]");
if (root) start(root);
