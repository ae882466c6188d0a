import { describe, expect, it } from "vitest";
import { contractOf, enumLabel } from "../../../src/data/contract/contract-of.ts";
import type { PackageDescriptor } from "../../../src/data/schema.ts";

const descriptor: PackageDescriptor = {
  resources: [
    {
      name: "participants",
      path: "participants.csv",
      schema: {
        fields: [
          {
            name: "organisation",
            type: "string",
            constraints: { enum: ["doit", "college"] },
            "x-enumLabels": { doit: { vi: "Sở Công Thương", en: "Department of Industry and Trade" }, college: { vi: "Trường", en: "College" } },
          },
          { name: "officials", type: "integer" },
        ],
      },
    },
  ],
};

describe("contractOf(descriptor) and enumLabel(contract, key, value, lang)", () => {
  it("lists every enum in the descriptor's order, by resource and field", () => {
    expect(contractOf(descriptor).enums).toEqual({ "participants.organisation": ["doit", "college"] });
  });

  it("names a value in the reader's language, and falls back on the value itself", () => {
    const contract = contractOf(descriptor);
    expect(enumLabel(contract, "participants.organisation", "college", "vi")).toBe("Trường");
    expect(enumLabel(contract, "participants.organisation", "college", "en")).toBe("College");
    expect(enumLabel(contract, "participants.organisation", "unknown", "en")).toBe("unknown");
  });
});
