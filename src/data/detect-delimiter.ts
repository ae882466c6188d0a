/** Finds the separator Excel used: a `sep=` first line, or the commonest of "," and ";" in the header. */

export type Delimiter = "," | ";" | "\t";

export interface Layout {
  delimiter: Delimiter;
  /** Text after the `sep=` line, if there was one. */
  body: string;
  /** The header's row as Excel shows it: always 1 (Excel hides a `sep=` line). */
  headerRow: number;
}

const sepLine = /^sep=(.)\r?(\n|$)/i;

/** detectDelimiter("sep=;\r\na;b") → { delimiter: ";", body: "a;b", headerRow: 1 }: Excel hides the sep= line, so its header is row 1. */
export function detectDelimiter(text: string): Layout {
  const sep = sepLine.exec(text);
  if (sep) {
    const char = sep[1] === ";" || sep[1] === "\t" ? sep[1] : ",";
    return { delimiter: char, body: text.slice(sep[0].length), headerRow: 1 };
  }
  const header = outsideQuotes(text.split(/\r?\n/, 1)[0] ?? "");
  const count = (char: string) => header.split(char).length - 1;
  const delimiter = count(";") > count(",") ? ";" : count("\t") > count(",") ? "\t" : ",";
  return { delimiter, body: text, headerRow: 1 };
}

function outsideQuotes(line: string): string {
  return line.replace(/"[^"]*"/g, "");
}
