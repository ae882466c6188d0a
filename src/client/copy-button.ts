/**
 * Copy buttons for embed codes and data snippets.
 *
 * Markup contract:
 *   <textarea id="embed-code" readonly>…</textarea>   (or <code id="…">, <pre id="…">)
 *   <button type="button" data-copy-target="embed-code" data-copied-text="Đã sao chép" hidden>Sao chép</button>
 *   <span data-copy-status aria-live="polite"></span>   (in the same parent as the button)
 * The button is rendered hidden and shown here. A click copies the target's text with
 * navigator.clipboard, falling back to selecting it (and the legacy copy command); on success the
 * status element shows data-copied-text (from the button, else from the status) for a few seconds.
 */

const CONFIRMATION_MS = 4000;

function selectAndCopy(target: HTMLElement): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
    target.select();
  } else {
    const range = document.createRange();
    range.selectNodeContents(target);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return document.execCommand("copy");
}

async function copyText(target: HTMLElement): Promise<boolean> {
  const text =
    target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement ? target.value : (target.textContent ?? "");
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API, an insecure context or a refused permission: the selection still lets people copy.
    return selectAndCopy(target);
  }
}

/** Wires every button[data-copy-target] under root. */
export function copyButton(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-copy-target]")) {
    const target = document.getElementById(button.dataset.copyTarget ?? "");
    if (!target) continue;
    const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]") ?? null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener("click", async () => {
      if (!(await copyText(target)) || !status) return;
      status.textContent = button.dataset.copiedText ?? status.dataset.copiedText ?? "";
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ""), CONFIRMATION_MS);
    });
  }
}
