import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contractSource } from "../../../src/data/contract/contract-source.ts";
import { asDescriptor } from "../../../src/data/schema.ts";

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");

describe("contractSource(descriptor)", () => {
  it("is what src/data/contract.ts holds for data/datapackage.json: run npm run build:contract after changing the descriptor", () => {
    expect(contractSource(asDescriptor(JSON.parse(read("data/datapackage.json"))))).toBe(read("src/data/contract.ts"));
  });

  it("types an enum field by its values, an optional field with null, numbers as numbers, under the Dataset key", () => {
    const source = contractSource({
      resources: [
        {
          name: "things-2025",
          "x-datasetKey": "things",
          path: "things.csv",
          schema: {
            fields: [
              { name: "kind", type: "string", constraints: { required: true, enum: ["a", "b"] } },
              { name: "count", type: "integer" },
              { name: "day", type: "date", constraints: { required: true } },
            ],
          },
        },
      ],
    });
    expect(source).toContain('"things-2025.kind": ["a", "b"],');
    expect(source).toContain('kind: EnumOf<"things-2025.kind">;');
    expect(source).toContain("count: number | null;");
    expect(source).toContain("day: string;");
    expect(source).toContain('"things-2025": "things",');
  });
});
