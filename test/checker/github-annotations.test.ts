import { describe, expect, it } from "vitest";
import { messageEn, messageVi } from "../../src/data/messages/message.ts";
import { problem } from "../../src/data/problem.ts";
import { escapeData, escapeProperty, githubAnnotations } from "../../src/checker/index.ts";

describe("escapeData(text) and escapeProperty(text)", () => {
  it("escape %, CR and LF in messages, and also : and , in properties", () => {
    expect(escapeData("50% a\r\nb")).toBe("50%25 a%0D%0Ab");
    expect(escapeProperty("C:\\data,x.csv")).toBe("C%3A\\data%2Cx.csv");
  });
});

describe("githubAnnotations(problems, locate)", () => {
  const unknown = problem("unknown-province", "error", "data/participants.csv", { row: 12, column: "province_code", value: "1" }, { suggestion: "01", suggestion_vi: "Hà Nội", suggestion_en: "Ha Noi", by_name: 0 });
  const spaces = problem("trimmed-spaces", "warning", "data/courses.csv", { row: 2, column: "title_vi", value: "100% ␣" }, { others: 0 });

  it("writes an error on the file, line and column, with both messages on two lines", () => {
    const text = githubAnnotations([unknown], () => ({ line: 12, col: 10 }));
    expect(text).toBe(`::error file=data/participants.csv,line=12,col=10,title=unknown-province::${messageVi(unknown)}%0A${messageEn(unknown)}\n`);
  });

  it("writes a warning without a location it does not know, and escapes a % in the message", () => {
    const text = githubAnnotations([spaces]);
    expect(text.startsWith("::warning file=data/courses.csv,title=trimmed-spaces::")).toBe(true);
    expect(text).toContain('"100%25 ␣"');
    expect(text.trimEnd().split("\n")).toHaveLength(1);
  });
});
