/** The data dictionary: every column of every published table, in words, read from the package descriptor. */
import type { Lang } from "../i18n/format.ts";
import { bilingual } from "../text/bilingual.ts";
import { filePath } from "./paths.ts";
import { text } from "./metadata.ts";
import type { Row, TableField, TableSchema } from "./types.ts";

export interface DictionaryField {
  name: string;
  /** The type in words: "số nguyên" / "whole number". */
  type: string;
  required: boolean;
  /** Each constraint as a phrase: "một trong: basic, advanced", "tham chiếu courses.id". */
  constraints: string[];
  description: string;
  /** The first non-empty value of the column, as written in the CSV; "" when the column is empty. */
  example: string;
}

export interface DictionaryFile {
  name: string;
  title: string;
  /** Site path of the CSV; the JSON is the same path ending in .json. */
  csv: string;
  json: string;
  primaryKey: string[];
  fields: DictionaryField[];
}

/** What the dictionary reads: the input data/datapackage.json or the published one. */
export interface DescribedPackage {
  resources: { name: string; path: string; title?: string; schema: TableSchema }[];
}

function description(field: TableField, lang: Lang): string {
  const bilingualText = field["x-description"]?.[lang];
  if (bilingualText) return bilingualText;
  return field.description ? bilingual(field.description)[lang] : "";
}

function constraints(field: TableField, schema: TableSchema, lang: Lang): string[] {
  const c = field.constraints ?? {};
  const out: string[] = [];
  if (c.enum) {
    // "doit (Sở Công Thương)": each allowed code with its meaning when the contract gives one.
    const labels = field["x-enumLabels"] ?? {};
    const same = (a: string, b: string) => a.toLowerCase().replace(/_/g, " ") === b.toLowerCase();
    const values = c.enum.map((value) => {
      const label = labels[value]?.[lang];
      return label && !same(value, label) ? `${value} (${label})` : value;
    });
    out.push(text("dictionary.enum", lang, { values: values.join(", ") }));
  }
  if (c.pattern !== undefined) out.push(text("dictionary.pattern", lang, { pattern: c.pattern }));
  if (c.minimum !== undefined) out.push(text("dictionary.minimum", lang, { value: c.minimum }));
  if (c.maximum !== undefined) out.push(text("dictionary.maximum", lang, { value: c.maximum }));
  if (c.unique) out.push(text("dictionary.unique", lang));
  if (field.format === "uri") out.push(text("dictionary.uri", lang));
  for (const key of schema.foreignKeys ?? []) {
    const at = key.fields.indexOf(field.name);
    if (at >= 0) out.push(text("dictionary.foreignKey", lang, { target: `${key.reference.resource}.${key.reference.fields[at] ?? field.name}` }));
  }
  return out;
}

function example(rows: readonly Row[], name: string): string {
  const cell = rows.find((row) => row[name] !== null && row[name] !== undefined && row[name] !== "")?.[name];
  return cell === undefined || cell === null ? "" : String(cell);
}

/** dictionary(pkg, rowsByResource, "vi") → one entry per resource, fields in the descriptor's order. */
export function dictionary(pkg: DescribedPackage, rowsByResource: Readonly<Record<string, readonly Row[]>>, lang: Lang): DictionaryFile[] {
  return pkg.resources.map((resource) => {
    const stem = resource.path.replace(/^.*\//, "").replace(/\.csv$/i, "");
    const rows = rowsByResource[resource.name] ?? [];
    return {
      name: resource.name,
      title: bilingual(resource.title ?? resource.name)[lang],
      csv: filePath(stem, "csv"),
      json: filePath(stem, "json"),
      primaryKey: resource.schema.primaryKey ?? [],
      fields: resource.schema.fields.map((field) => ({
        name: field.name,
        type: text(`dictionary.types.${field.type}`, lang),
        required: field.constraints?.required === true,
        constraints: constraints(field, resource.schema, lang),
        description: description(field, lang),
        example: example(rows, field.name),
      })),
    };
  });
}
