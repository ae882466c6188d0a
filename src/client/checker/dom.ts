/** Builds an element with attributes and children; text is always set as text, never parsed as markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

/** A text in both languages, Vietnamese first, each marked with its language. */
export function bilingual([vi, en]: readonly [string, string]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(el("span", { lang: "vi", "data-vi": "" }, vi), el("br"), el("span", { lang: "en", "data-en": "" }, en));
  return fragment;
}
