import { describe, expect, it } from "vitest";
import { outcome } from "../../../src/client/checker/render-view.ts";
import { uiText } from "../../../src/client/checker/ui-text.ts";
import en from "../../../src/i18n/en.json" with { type: "json" };

const t = uiText(JSON.stringify(en.checker.ui));

describe("outcome(view, t)", () => {
  it("announces the number of errors, else warnings, else valid data, in the page's language", () => {
    expect(outcome({ given: 1, errors: 25, warnings: 3 }, t)).toBe("Done: 25 problems, nothing can be published yet.");
    expect(outcome({ given: 1, errors: 0, warnings: 3 }, t)).toBe("Done: no errors, some warnings worth fixing.");
    expect(outcome({ given: 2, errors: 0, warnings: 0 }, t)).toBe("Done: the data are valid. See the changes below.");
  });

  it("says no file was a data file when none was", () => {
    expect(outcome({ given: 0, errors: 3, warnings: 0 }, t)).toBe(en.checker.ui.nothingGiven);
  });
});

describe("uiText(json)", () => {
  it("fills placeholders and gives an unknown key back as itself", () => {
    expect(t("reading", { file: "participants.csv" })).toBe("Reading participants.csv…");
    expect(t("no-such-key")).toBe("no-such-key");
  });
});
