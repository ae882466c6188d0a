/**
 * Embed height.
 *
 * Markup contract: <body data-embed>. The page posts { type: "moit-embed-height", height } to
 * window.parent with targetOrigin "*" (the page is public) on load and whenever its height changes,
 * so that a host page can size the iframe. Embed pages must not give <html> a fixed or 100% height.
 */

/** The message a host page listens for. */
export interface EmbedHeightMessage {
  type: "moit-embed-height";
  height: number;
}

/** The message for a measured height, rounded up to whole pixels: 812.2 → { type, height: 813 }. */
export function embedHeightMessage(height: number): EmbedHeightMessage {
  return { type: "moit-embed-height", height: Math.ceil(height) };
}

/** Reports the document height to the parent window when <body data-embed> is set. */
export function embedHeight(): void {
  if (!document.body?.hasAttribute("data-embed")) return;
  let last = -1;
  const post = () => {
    const message = embedHeightMessage(document.documentElement.getBoundingClientRect().height);
    if (message.height === last) return;
    last = message.height;
    window.parent.postMessage(message, "*");
  };
  post();
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  if (typeof ResizeObserver === "function") new ResizeObserver(post).observe(document.documentElement);
}
