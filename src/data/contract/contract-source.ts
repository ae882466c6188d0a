/** Writes the TypeScript of the data contract (src/data/contract.ts) from the descriptor of data/datapackage.json. */
import type { FieldDescriptor, PackageDescriptor } from "../schema.ts";

const HEADER = `/**
 * The data contract of data/datapackage.json as TypeScript types, written by \`npm run build:contract\`
 * and checked fresh by a test: do not edit. Change the descriptor and run the script again. At run time
 * the site reads the enums, their order and their labels from the descriptor itself (contractOf).
 */
`;

/** The TypeScript type of a field's value, "| null" when the field is not required. */
function fieldType(resource: string, field: FieldDescriptor): string {
  const base = field.constraints?.enum
    ? `EnumOf<${JSON.stringify(`${resource}.${field.name}`)}>`
    : field.type === "integer" || field.type === "number"
      ? "number"
      : "string";
  return field.constraints?.required ? base : `${base} | null`;
}

/** contractSource(descriptor) → the text of src/data/contract.ts: the enums, a row type per resource and the Dataset. */
export function contractSource(descriptor: PackageDescriptor): string {
  const enums = descriptor.resources.flatMap((r) =>
    r.schema.fields.filter((f) => f.constraints?.enum).map((f) => `  ${JSON.stringify(`${r.name}.${f.name}`)}: [${f.constraints!.enum!.map((v) => JSON.stringify(v)).join(", ")}],`),
  );
  const rows = descriptor.resources.map((r) => {
    const fields = r.schema.fields.map((f) => `    ${f.name}: ${fieldType(r.name, f)};`);
    return `  ${JSON.stringify(r.name)}: {\n${fields.join("\n")}\n  };`;
  });
  const keys = descriptor.resources.map((r) => `  ${JSON.stringify(r.name)}: ${JSON.stringify(r["x-datasetKey"] ?? r.name)},`);
  return (
    HEADER +
    `\n/** Every enum of the descriptor, by "resource.field", in the descriptor's order. */\n` +
    `export const ENUMS = {\n${enums.join("\n")}\n} as const;\n\n` +
    `/** The values of one enum: EnumOf<"courses.programme"> is "basic" | "advanced". */\n` +
    `export type EnumOf<K extends keyof typeof ENUMS> = (typeof ENUMS)[K][number];\n\n` +
    `/** One row of each resource after validation: empty optional cells are null, numbers are numbers, dates ISO. */\n` +
    `export interface Rows {\n${rows.join("\n")}\n}\n\n` +
    `/** Which array of the Dataset holds each resource. */\n` +
    `export const DATASET_KEYS = {\n${keys.join("\n")}\n} as const;\n\n` +
    `/** The rows of every resource, one array per resource, under its Dataset key. */\n` +
    `export type DatasetRows = { -readonly [R in keyof typeof DATASET_KEYS as (typeof DATASET_KEYS)[R]]: Rows[R][] };\n`
  );
}
