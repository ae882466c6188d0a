import { describe, expect, it } from "vitest";
import { legendMarkup } from "../../src/charts/legend-markup.ts";

describe("legendMarkup(title, items)", () => {
  it("escapes the title and labels", () => {
    expect(legendMarkup(`<a & "b">`, [{ colour: "#fff", label: "1 < 2" }])).toContain('<p class="legend-title">&lt;a &amp; &quot;b&quot;&gt;</p>');
  });

  it("writes a title and one swatch per item, in order", () => {
    expect(legendMarkup("Số cán bộ", [{ colour: "#ffffcc", label: "1–4" }, { colour: "#e8e8e8", label: "Chưa có" }])).toBe(
      '<p class="legend-title">Số cán bộ</p><ul class="legend-items">' +
        '<li><svg class="legend-swatch" width="16" height="16" aria-hidden="true" focusable="false">' +
        '<rect x="0.5" y="0.5" width="15" height="15" fill="#ffffcc" stroke="#767676"/></svg> 1–4</li>' +
        '<li><svg class="legend-swatch" width="16" height="16" aria-hidden="true" focusable="false">' +
        '<rect x="0.5" y="0.5" width="15" height="15" fill="#e8e8e8" stroke="#767676"/></svg> Chưa có</li></ul>',
    );
  });

  it("escapes labels", () => {
    expect(legendMarkup("A < B", [{ colour: "#fff", label: "≥ 13 & more" }])).toContain("≥ 13 &amp; more</li>");
    expect(legendMarkup("A < B", [])).toBe('<p class="legend-title">A &lt; B</p><ul class="legend-items"></ul>');
  });
});
