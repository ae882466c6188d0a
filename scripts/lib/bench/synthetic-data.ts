/**
 * Synthetic data folders for the benchmark: the shipped provinces, units, targets and changelog, and
 * generated courses, sessions, participants and published figures that agree with them.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { sample, seededRandom } from "./random.ts";

/** One dataset to generate: how many participant rows over how many courses. */
export interface DatasetSpec {
  name: string;
  participants: number;
  courses: number;
  /** Courses spread evenly over every year the schema allows (2010–2100) rather than from 2010 on. */
  spread?: boolean;
  /** Course ids with a class number ("2018-ADV-2"), in a copy of the schema that allows them: the only way past 182 courses. */
  widened?: boolean;
}

const ORGANISATIONS = ["doit", "promotion_centre", "cp_centre", "consultancy", "other"] as const;
const PROGRAMMES = [
  { programme: "basic", suffix: "BAS", vi: "cơ bản", en: "Basic" },
  { programme: "advanced", suffix: "ADV", vi: "nâng cao", en: "Advanced" },
] as const;
const FIRST_YEAR = 2010;
const LAST_YEAR = 2100;
const COURSE_ID = String.raw`^\\d{4}-(BAS|ADV)$`;
const SOURCE = "https://example.org/moit-benchmark";
const NOTE = "Dữ liệu tổng hợp để đo hiệu năng / Synthetic data for benchmarks";

type Row = Record<string, string | number>;
const csv = (rows: Row[], fields: string[]) => `${Papa.unparse(rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f] ?? ""]))), { columns: fields, newline: "\n" })}\n`;
const pad = (n: number) => String(n).padStart(2, "0");

interface CourseSlot {
  id: string;
  year: number;
  programme: (typeof PROGRAMMES)[number]["programme"];
  vi: string;
  en: string;
  /** The class of its year and programme: 1, or 2 and more in a widened dataset. */
  k: number;
}

/** The course slots in order: every year, basic then advanced, then further classes of the year when widened. */
function courseSlots(spec: DatasetSpec): CourseSlot[] {
  const classes = spec.widened ? Math.ceil(spec.courses / ((LAST_YEAR - FIRST_YEAR + 1) * 2)) : 1;
  const slots: CourseSlot[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const p of PROGRAMMES) for (let k = 1; k <= classes; k++) slots.push({ year, programme: p.programme, vi: p.vi, en: p.en, id: k === 1 ? `${year}-${p.suffix}` : `${year}-${p.suffix}-${k}`, k });
  }
  if (spec.courses > slots.length) throw new Error(`${spec.name}: ${spec.courses} courses do not fit ${slots.length} course ids`);
  if (!spec.spread || spec.courses < 2) return slots.slice(0, spec.courses);
  return Array.from({ length: spec.courses }, (_, i) => slots[Math.round((i * (slots.length - 1)) / (spec.courses - 1))]!);
}

/** Writes the dataset of `spec` into `dir` from the shipped folder `dataDir`; returns the number of rows of each file. */
export function writeSyntheticData(dataDir: string, dir: string, spec: DatasetSpec, seed = 2010): Record<string, number> {
  mkdirSync(dir, { recursive: true });
  for (const file of ["provinces.csv", "provinces-2025.csv", "targets.csv", "changelog.csv"]) cpSync(path.join(dataDir, file), path.join(dir, file));
  const descriptor = readFileSync(path.join(dataDir, "datapackage.json"), "utf8");
  // The columns of each file as the descriptor lists them, so the files follow the contract as it changes.
  const { resources } = JSON.parse(descriptor) as { resources: { name: string; schema: { fields: { name: string }[] } }[] };
  const columns = (name: string) => resources.find((r) => r.name === name)!.schema.fields.map((f) => f.name);
  writeFileSync(path.join(dir, "datapackage.json"), spec.widened ? descriptor.replaceAll(COURSE_ID, String.raw`^\\d{4}-(BAS|ADV)(-\\d+)?$`) : descriptor);
  const provinces = Papa.parse<{ code: string; name_vi: string }>(readFileSync(path.join(dataDir, "provinces.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
  const pairs = provinces.flatMap((p) => ORGANISATIONS.map((organisation) => ({ province_code: p.code, organisation })));
  const random = seededRandom(seed);
  const slots = courseSlots(spec);

  const courses: Row[] = [];
  const sessions: Row[] = [];
  const participants: Row[] = [];
  slots.forEach((slot, i) => {
    const count = Math.floor(spec.participants / slots.length) + (i < spec.participants % slots.length ? 1 : 0);
    if (count > pairs.length) throw new Error(`${spec.name}: ${count} rows for one course, at most ${pairs.length} (province × organisation)`);
    const classNote = slot.k > 1 ? `, lớp ${slot.k}` : "";
    courses.push({ id: slot.id, year: slot.year, programme: slot.programme, title_vi: `Khóa tập huấn ${slot.vi} về sản xuất sạch hơn năm ${slot.year}${classNote}`, title_en: `${slot.en} course on cleaner production, ${slot.year}${slot.k > 1 ? `, class ${slot.k}` : ""}`, trainees: "", source_url: "", status: "illustrative", notes: NOTE });
    const rounds = slot.programme === "advanced" && random() < 0.5 ? 2 : 1;
    for (let round = 1; round <= rounds; round++) {
      const city = provinces[Math.floor(random() * provinces.length)]!;
      const month = round === 1 ? 3 + Math.floor(random() * 4) : 8 + Math.floor(random() * 4);
      const day = 1 + Math.floor(random() * 25);
      sessions.push({ course_id: slot.id, round, start_date: `${slot.year}-${pad(month)}-${pad(day)}`, end_date: `${slot.year}-${pad(month)}-${pad(day + 2)}`, city: city.name_vi, province_code: city.code, days: 3, state: "held", source_url: "", status: "illustrative" });
    }
    for (const pair of sample(pairs, count, random)) participants.push({ course_id: slot.id, ...pair, officials: 1 + Math.floor(random() ** 3 * 5), source_url: "", status: "illustrative" });
  });

  // The published figures state what the rows hold, so the check reconciles them without a warning.
  const last = courses.at(-1)!;
  const ofLast = participants.filter((p) => p.course_id === last.id);
  const sum = (rows: Row[]) => rows.reduce((n, p) => n + Number(p.officials), 0);
  last.trainees = sum(ofLast);
  const lastStart = String(sessions.find((s) => s.course_id === last.id)!.start_date);
  const yearEnd = `${last.year}-12-31`;
  const fact = (indicator: string, subject: string, as_of: string, comparison: string, value: number): Row => ({ indicator, subject, as_of, comparison, value, source_url: SOURCE, notes: NOTE });
  const facts = [
    fact("course_trainees", String(last.id), lastStart, "equals", sum(ofLast)),
    fact("course_provinces", String(last.id), lastStart, "equals", new Set(ofLast.map((p) => p.province_code)).size),
    fact("provinces_trained_any", "", yearEnd, "equals", new Set(participants.map((p) => p.province_code)).size),
    fact("officials_trained", "", yearEnd, "at_least", sum(participants)),
  ];

  writeFileSync(path.join(dir, "courses.csv"), csv(courses, columns("courses")));
  writeFileSync(path.join(dir, "sessions.csv"), csv(sessions, columns("sessions")));
  writeFileSync(path.join(dir, "participants.csv"), csv(participants, columns("participants")));
  writeFileSync(path.join(dir, "published-facts.csv"), csv(facts, columns("published-facts")));
  return { courses: courses.length, sessions: sessions.length, participants: participants.length, "published-facts": facts.length };
}
