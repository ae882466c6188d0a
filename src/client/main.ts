/**
 * The browser bundle (/assets/main.js, <script type="module">): each feature finds its own
 * elements by data attributes and does nothing when they are absent.
 */
import { chartPng, copyButton, embedHeight, mapExplorer, provinceFilter, sortableTable } from "./index.ts";

// The map explorer runs before the sortable tables so its first cell rewrite needs no re-sort.
const features: Array<() => void> = [mapExplorer, sortableTable, provinceFilter, copyButton, chartPng, embedHeight];

for (const feature of features) {
  try {
    feature();
  } catch (error) {
    // One broken feature must not stop the others; rethrown outside the loop it still reaches the console.
    setTimeout(() => {
      throw error;
    });
  }
}
