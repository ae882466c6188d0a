/** The parts of a Frictionless data package descriptor (data/datapackage.json) that the validator reads. */

export type FieldType = "string" | "integer" | "number" | "date";

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

export interface FieldDescriptor {
  name: string;
  type: FieldType;
  description?: string;
  "x-description"?: { vi: string; en: string };
  "x-partialDate"?: boolean;
  /** What each allowed value means, in words a spreadsheet user might type instead of the code. */
  "x-enumLabels"?: Record<string, { vi: string; en: string }>;
  format?: string;
  constraints?: FieldConstraints;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface ResourceDescriptor {
  name: string;
  /** The Dataset array that holds the resource's rows: "provinces-2025" → "units". */
  "x-datasetKey"?: string;
  /** The number of rows the resource must have, when fixed (63 provinces, 34 units). */
  "x-rowCount"?: number;
  path: string;
  title?: string;
  schema: { fields: FieldDescriptor[]; primaryKey?: string[]; foreignKeys?: ForeignKey[] };
}

export interface PackageDescriptor {
  name?: string;
  resources: ResourceDescriptor[];
}

/** The resource with this name, or undefined: resourceByName(pkg, "courses"). */
export function resourceByName(pkg: PackageDescriptor, name: string): ResourceDescriptor | undefined {
  return pkg.resources.find((resource) => resource.name === name);
}

/** The field with this name in a resource, or undefined. */
export function fieldByName(resource: ResourceDescriptor, name: string): FieldDescriptor | undefined {
  return resource.schema.fields.find((field) => field.name === name);
}

/** A field's description in one language, from "x-description" or the "vi / en" description. */
export function describeField(field: FieldDescriptor, lang: "vi" | "en"): string {
  const bilingual = field["x-description"]?.[lang];
  if (bilingual) return bilingual;
  const [vi = "", en = vi] = (field.description ?? field.name).split(" / ");
  return lang === "vi" ? vi : en;
}

/** True when the field must have a value in every row. */
export function isRequired(field: FieldDescriptor): boolean {
  return field.constraints?.required === true;
}

/** The parsed datapackage.json as a descriptor; throws when it has no resources, which is a programming error, not a data problem. */
export function asDescriptor(json: unknown): PackageDescriptor {
  const resources = (json as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) throw new TypeError("datapackage.json has no \"resources\" list");
  return json as PackageDescriptor;
}
