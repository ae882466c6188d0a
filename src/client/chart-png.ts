/**
 * "Download the image (PNG)".
 *
 * Markup contract:
 *   <button type="button" data-png-source="/files/charts/coverage-vi.svg" data-png-name="coverage-vi.png" hidden>…</button>
 * The published SVG already carries the title, the source line and the licence; the button draws it on
 * a canvas at twice its size and saves the PNG. Rendered hidden, shown here: without JavaScript the
 * SVG link beside it is the image download.
 */

/** The canvas size for an image: pngSize(760, 500) → { width: 1520, height: 1000 }. */
export function pngSize(width: number, height: number, scale = 2): { width: number; height: number } {
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

async function svgImage(source: string): Promise<HTMLImageElement> {
  const text = await (await fetch(source)).text();
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(new Error(`Cannot draw ${source}`));
      image.src = url;
    });
    return image;
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

async function savePng(source: string, name: string): Promise<void> {
  const image = await svgImage(source);
  const size = pngSize(image.naturalWidth, image.naturalHeight);
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("No 2D canvas");
  context.drawImage(image, 0, 0, size.width, size.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("The image could not be encoded");
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Turns every button[data-png-source] under root into a PNG download. */
export function chartPng(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-png-source]")) {
    const source = button.dataset.pngSource;
    if (!source) continue;
    button.addEventListener("click", () => {
      button.disabled = true;
      savePng(source, button.dataset.pngName ?? "chart.png").finally(() => {
        button.disabled = false;
      });
    });
  }
}
