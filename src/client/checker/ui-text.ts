/** The page's own texts, in its language, from the JSON block the template writes (src/i18n, keys checker.ui.*). */
import { fillTemplate } from "../../text/fill.ts";

export type UiText = (key: string, values?: Record<string, string | number>) => string;

/** uiText(json) → t("reading", { file: "a.csv" }) → "Đang đọc a.csv…"; an unknown key gives the key itself. */
export function uiText(json: string): UiText {
  const table = JSON.parse(json) as Record<string, string>;
  return (key, values = {}) => fillTemplate(table[key] ?? key, values);
}
