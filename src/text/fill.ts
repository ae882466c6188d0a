/** Replaces {name} placeholders: fillTemplate("{n} tỉnh", { n: "12" }) → "12 tỉnh"; unknown names stay as they are. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
