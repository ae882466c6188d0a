import { describe, expect, it } from "vitest";
import { rowChanges } from "../../src/checker/index.ts";
import { dataFiles, descriptor, newCourseFiles, passing } from "./support.ts";

describe("rowChanges(descriptor, before, after)", () => {
  const before = passing(dataFiles()).dataset;

  it("finds no change between a dataset and itself", () => {
    const changes = rowChanges(descriptor, before, before);
    expect(changes.map((t) => t.path)).toEqual(descriptor.resources.map((r) => r.path));
    expect(changes.every((t) => t.added.length + t.changed.length + t.removed.length === 0)).toBe(true);
  });

  it("names added rows by their primary key", () => {
    const after = passing(newCourseFiles()).dataset;
    const changed = rowChanges(descriptor, before, after).filter((t) => t.added.length > 0);
    expect(changed.map((t) => [t.path, t.added])).toEqual([
      ["courses.csv", ["2019-ADV"]],
      ["sessions.csv", ["2019-ADV · 1"]],
      ["participants.csv", ["2019-ADV · 01 · doit", "2019-ADV · 02 · doit"]],
    ]);
  });

  it("tells a changed row from a removed one", () => {
    const [first, second, ...rest] = before.participants;
    const after = { ...before, participants: [{ ...first!, officials: first!.officials + 1 }, ...rest] };
    const participants = rowChanges(descriptor, before, after).find((t) => t.path === "participants.csv")!;
    const key = (p: typeof first) => [p!.course_id, p!.province_code, p!.organisation].join(" · ");
    expect(participants).toEqual({ path: "participants.csv", added: [], changed: [key(first)], removed: [key(second)] });
  });
});
