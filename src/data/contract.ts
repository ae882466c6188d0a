/**
 * The data contract of data/datapackage.json as TypeScript types, written by `npm run build:contract`
 * and checked fresh by a test: do not edit. Change the descriptor and run the script again. At run time
 * the site reads the enums, their order and their labels from the descriptor itself (contractOf).
 */

/** Every enum of the descriptor, by "resource.field", in the descriptor's order. */
export const ENUMS = {
  "provinces.region": ["NMM", "RRD", "NCC", "CH", "SE", "MD"],
  "provinces-2025.kind": ["city", "province"],
  "courses.programme": ["basic", "advanced"],
  "courses.status": ["published", "illustrative"],
  "sessions.state": ["held", "planned"],
  "sessions.status": ["published", "illustrative"],
  "participants.organisation": ["doit", "promotion_centre", "cp_centre", "consultancy", "other"],
  "participants.status": ["published", "illustrative"],
  "targets.indicator": ["doit_staff_trained"],
  "published-facts.indicator": ["provinces_trained_practice", "provinces_trained_any", "officials_trained", "course_trainees", "course_provinces", "provinces_cp_specialists"],
  "published-facts.comparison": ["equals", "at_least", "more_than"],
} as const;

/** The values of one enum: EnumOf<"courses.programme"> is "basic" | "advanced". */
export type EnumOf<K extends keyof typeof ENUMS> = (typeof ENUMS)[K][number];

/** One row of each resource after validation: empty optional cells are null, numbers are numbers, dates ISO. */
export interface Rows {
  "provinces": {
    code: string;
    name_vi: string;
    name_en: string;
    iso_3166_2: string;
    region: EnumOf<"provinces.region">;
    code_2025: string;
  };
  "provinces-2025": {
    code: string;
    name_vi: string;
    name_en: string;
    kind: EnumOf<"provinces-2025.kind">;
  };
  "courses": {
    id: string;
    year: number;
    programme: EnumOf<"courses.programme">;
    title_vi: string;
    title_en: string;
    trainees: number | null;
    source_url: string | null;
    status: EnumOf<"courses.status">;
    notes: string | null;
  };
  "sessions": {
    course_id: string;
    round: number;
    start_date: string | null;
    end_date: string | null;
    city: string | null;
    province_code: string | null;
    days: number | null;
    state: EnumOf<"sessions.state">;
    source_url: string | null;
    status: EnumOf<"sessions.status">;
    notes: string | null;
  };
  "participants": {
    course_id: string;
    province_code: string;
    organisation: EnumOf<"participants.organisation">;
    officials: number;
    source_url: string | null;
    status: EnumOf<"participants.status">;
  };
  "targets": {
    indicator: EnumOf<"targets.indicator">;
    year: number;
    target_percent: number;
    source_url: string;
    label_vi: string;
    label_en: string;
  };
  "published-facts": {
    indicator: EnumOf<"published-facts.indicator">;
    subject: string | null;
    as_of: string;
    comparison: EnumOf<"published-facts.comparison">;
    value: number;
    source_url: string;
    source_date: string | null;
    quote: string | null;
    notes: string | null;
  };
  "changelog": {
    version: string;
    date: string;
    summary_vi: string;
    summary_en: string;
  };
}

/** Which array of the Dataset holds each resource. */
export const DATASET_KEYS = {
  "provinces": "provinces",
  "provinces-2025": "units",
  "courses": "courses",
  "sessions": "sessions",
  "participants": "participants",
  "targets": "targets",
  "published-facts": "facts",
  "changelog": "changelog",
} as const;

/** The rows of every resource, one array per resource, under its Dataset key. */
export type DatasetRows = { -readonly [R in keyof typeof DATASET_KEYS as (typeof DATASET_KEYS)[R]]: Rows[R][] };
