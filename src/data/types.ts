/** Typed rows of the ministry's CSV files, after validation and normalisation (see data/datapackage.json). */

export type Status = "published" | "illustrative";
export type Region = "NMM" | "RRD" | "NCC" | "CH" | "SE" | "MD";
export type Programme = "basic" | "advanced";
export type Organisation = "doit" | "promotion_centre" | "cp_centre" | "consultancy" | "other";
export type Comparison = "equals" | "at_least" | "more_than";
export type FactIndicator =
  | "provinces_trained_practice"
  | "provinces_trained_any"
  | "officials_trained"
  | "course_trainees"
  | "course_provinces"
  | "provinces_cp_specialists";
/** Whether a round took place, or the source only announced it. */
export type SessionState = "held" | "planned";

export interface Province {
  code: string;
  name_vi: string;
  name_en: string;
  iso_3166_2: string;
  region: Region;
  code_2025: string;
}

export interface Unit2025 {
  code: string;
  name_vi: string;
  name_en: string;
  kind: "city" | "province";
}

export interface Course {
  id: string;
  year: number;
  programme: Programme;
  title_vi: string;
  title_en: string;
  trainees: number | null;
  source_url: string | null;
  status: Status;
  notes: string | null;
}

/** Dates are ISO: "2018-05-09", "2018-10" when only the month is known, "2017" when only the year. */
export interface Session {
  course_id: string;
  round: number;
  start_date: string | null;
  end_date: string | null;
  city: string | null;
  province_code: string | null;
  days: number | null;
  state: SessionState;
  source_url: string | null;
  status: Status;
  notes: string | null;
}

export interface Participant {
  course_id: string;
  province_code: string;
  organisation: Organisation;
  officials: number;
  source_url: string | null;
  status: Status;
}

export interface Target {
  indicator: "doit_staff_trained";
  year: number;
  target_percent: number;
  source_url: string;
  label_vi: string;
  label_en: string;
}

export interface PublishedFact {
  indicator: FactIndicator;
  subject: string | null;
  as_of: string;
  comparison: Comparison;
  value: number;
  source_url: string;
  /** Date the source was published, ISO; null when not recorded. */
  source_date: string | null;
  /** The source's own words stating the figure, in the source's language. */
  quote: string | null;
  notes: string | null;
}

/** The whole validated dataset, one array per resource of data/datapackage.json. */
export interface Dataset {
  provinces: Province[];
  units: Unit2025[];
  courses: Course[];
  sessions: Session[];
  participants: Participant[];
  targets: Target[];
  facts: PublishedFact[];
  changelog: Release[];
}

/** One published figure beside the same figure computed from the data; null when the data cannot compute it. */
export interface FactCheck {
  fact: PublishedFact;
  computed: number | null;
  /** What the computed figure rests on: rows with a source (derived) or any illustrative row (sample). */
  computedBasis: "derived" | "sample" | null;
  /** The data agree with the fact; null when nothing in the data computes it. */
  ok: boolean | null;
}

/** One data release, from data/changelog.csv: what changed, for the home page and the Atom feed. */
export interface Release {
  version: string;
  date: string;
  summary_vi: string;
  summary_en: string;
}
