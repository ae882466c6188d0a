/** The aggregated statistics: JSON-serialisable, written once by the build and read by the site, downloads and browser. */
import type { Comparison, FactCheck, FactIndicator, Organisation, Programme, Region, Session, Status } from "../data/types.ts";
import type { Basis } from "./basis.ts";

export type { Basis } from "./basis.ts";

/** Officials per organisation type, every type present (0 when none). */
export type OrganisationCounts = Record<Organisation, number>;

/** One year of a cumulative coverage series. */
export interface CoveragePoint {
  year: number;
  /** Distinct provinces (or 2025 units) reached in this year or before. */
  count: number;
  total: number;
  /** count / total, 0–1. */
  share: number;
  /** Codes first reached in this year, sorted. */
  newCodes: string[];
  /** Published when a published figure states this count; otherwise the basis of the rows under it. */
  basis: Basis;
  /** The basis of the rows up to this year, which also name the codes: a published count can rest on a sample split. */
  rowsBasis: "derived" | "sample";
  /** The source of the published figure, when basis is "published". */
  source_url: string | null;
}

/** The same coverage on the 63-province basis and on the 34-unit basis (2025). */
export interface CoverageBases {
  provinces: CoveragePoint[];
  units: CoveragePoint[];
}

export interface Coverage {
  /** Provinces with officials trained in the advanced course, the course named for assessment practice. */
  advanced: CoverageBases;
  all: CoverageBases;
}

export interface OfficialsYear {
  year: number;
  officials: number;
  cumulative: number;
  /** Officials of the year by programme, only the programmes with any. */
  byProgramme: Partial<Record<Programme, number>>;
  basis: Basis;
}

export interface ProgrammeOfficials {
  programme: Programme;
  officials: number;
  courses: number;
  provinces: number;
}

export interface OrganisationOfficials {
  organisation: Organisation;
  officials: number;
}

export interface RegionOfficials {
  region: Region;
  /** Provinces of the region (63-province basis). */
  total: number;
  officials: number;
  provincesReached: number;
  provincesReachedAdvanced: number;
  basis: Basis;
}

export interface YearCount {
  year: number;
  officials: number;
  cumulative: number;
}

/** Officials of one area, a province of 2008–2025 or a unit of 2025. */
export interface AreaOfficials {
  code: string;
  name_vi: string;
  name_en: string;
  officials: number;
  byYear: YearCount[];
  byProgramme: Record<Programme, number>;
  byOrganisation: OrganisationCounts;
  /** First year with officials in any course, null if never. */
  firstYear: number | null;
  /** First year with officials in the advanced course, null if never. */
  firstAdvancedYear: number | null;
  /** Course ids attended, in course order. */
  courses: string[];
  /** The officials of each course attended, in course order. */
  byCourse: { id: string; officials: number; byOrganisation: OrganisationCounts }[];
  basis: Basis;
}

export interface ProvinceOfficials extends AreaOfficials {
  region: Region;
  code_2025: string;
}

export interface UnitOfficials extends AreaOfficials {
  kind: "city" | "province";
  /** Codes of its former provinces. */
  members: string[];
}

export interface Officials {
  total: number;
  byYear: OfficialsYear[];
  byProgramme: ProgrammeOfficials[];
  byOrganisation: OrganisationOfficials[];
  byRegion: RegionOfficials[];
  byProvince: ProvinceOfficials[];
  byUnit: UnitOfficials[];
}

/** A round of a course as the course summary lists it. */
export type SessionSummary = Omit<Session, "course_id">;

/** The officials one province sent to one course. */
export interface CourseProvince {
  code: string;
  officials: number;
  byOrganisation: OrganisationCounts;
  basis: Basis;
}

export interface CourseSummary {
  id: string;
  year: number;
  programme: Programme;
  title_vi: string;
  title_en: string;
  status: Status;
  notes: string | null;
  /** Date from which the course counts (see `courseStart`), ISO "yyyy-mm-dd". */
  start: string;
  /** Trainees as the course row gives them, null when not published. */
  trainees: number | null;
  /** Published when a published figure states the trainees, derived from the course row otherwise. */
  traineesBasis: Basis | null;
  /** Officials counted from participants.csv. */
  officials: number;
  provinces: string[];
  provinceCount: number;
  /** Published when a published figure states the number of provinces, else the basis of the participant rows. */
  provinceCountBasis: Basis;
  byOrganisation: OrganisationCounts;
  /** Officials per province, in province-code order. */
  byProvince: CourseProvince[];
  sessions: SessionSummary[];
  /** Distinct source URLs of the course, its sessions and its participant rows. */
  sources: string[];
  basis: { course: Basis; sessions: Basis; participants: Basis };
}

/** A figure on the target's indicator that a verdict may rest on: published, or derived from sourced rows. */
export interface Evidence {
  /** ISO date the figure refers to. */
  date: string;
  count: number;
  total: number;
  share: number;
  basis: "published" | "derived";
  /** How the count relates to the true figure: exactly it, a lower bound, or below it. */
  comparison: Comparison;
  /** The published-facts indicator, or "coverage" for a point derived from sourced participant rows. */
  indicator: FactIndicator | "coverage";
  /** The count can only grow (provinces ever reached), so a later figure bounds an earlier one. */
  cumulative: boolean;
  source_url: string | null;
  /** Date the source was published, ISO, when recorded. */
  source_date: string | null;
  /** The source's own words stating the figure. */
  quote: string | null;
  notes: string | null;
}

/**
 * met / missed: decided by evidence; on-track / off-track: projected, only before the target year ends;
 * no-evidence: before the target year ends, too few figures to project; year-passed: the target year
 * ended (by the release date) with no figure that decides it.
 */
export type VerdictStatus = "met" | "missed" | "on-track" | "off-track" | "no-evidence" | "year-passed";

export interface TargetVerdict {
  indicator: "doit_staff_trained";
  targetYear: number;
  targetPercent: number;
  /** ceil(targetPercent × total / 100). */
  targetCount: number;
  total: number;
  /** The last day of the target year, ISO. */
  deadline: string;
  /** The release date the calendar is read from (the latest date in data/changelog.csv). */
  releaseDate: string;
  status: VerdictStatus;
  /**
   * The figure the verdict rests on: the one that decides met or missed, the latest one for a projection,
   * the first one after the deadline when the year passed without a deciding figure; null when none.
   */
  evidence: Evidence | null;
  /** Areas still missing at the evidence, 0 when reached; null without evidence. */
  gapCount: number | null;
  /** Percentage points still missing at the evidence, 0 when reached; null without evidence. */
  gapPoints: number | null;
  /** Average annual gain between two figures and the year it would reach the target (null when the gain is not positive). */
  projection: { annualGain: number; from: string; to: string; year: number | null } | null;
  source_url: string;
  label_vi: string;
  label_en: string;
}

/** The site's headline: the latest figure on the target's indicator that is published, or else derived. */
export type Headline = Evidence;

export interface LatestCourse {
  id: string;
  year: number;
  programme: Programme;
  firstSessionDate: string | null;
  city: string | null;
  province_code: string | null;
}

export interface Meta {
  asOf: string | null;
  firstYear: number;
  latestYear: number;
  counts: { provinces: number; units: number; courses: number; sessions: number; participantRows: number };
  latestCourse: LatestCourse | null;
}

/** The basis of each figure family as a whole, and which rows are illustrative. */
export interface FigureBases {
  /** Provinces reached by the advanced course, by year. */
  coverage: Basis;
  /** Provinces reached by any course, by year. */
  coverageAny: Basis;
  /** Officials by year, province, unit, region, programme and organisation. */
  officials: Basis;
  /** The list of courses: years, programmes, titles. */
  courses: Basis;
  /** Dates and places of the rounds. */
  sessions: Basis;
  sampleRows: { courses: string[]; sessions: string[]; participantCourses: string[]; participants: number };
}

export interface Method {
  countUnit: "training-places";
  roundsCountOnce: true;
  coverage: "cumulative-distinct";
  unitBasis: "any-former-province";
  courseStart: { rule: "round-1-start"; monthOnly: "first-of-month"; yearOnly: "31-december"; unknown: "31-december" };
  targetCount: "ceil";
  projection: { gain: "average-annual"; windowYears: number; minimumFigures: number };
  /** Verdicts rest on published or derived figures only; the calendar is read from the release date. */
  verdicts: { bases: ["published", "derived"]; calendar: "release-date" };
}

/** The figures of the rows, as of a date or of the whole data: what the pages print and the facts are checked against. */
export interface Figures {
  meta: Meta;
  coverage: Coverage;
  officials: Officials;
  courses: CourseSummary[];
  bases: FigureBases;
}

export interface Aggregates extends Figures {
  method: Method;
  /** Each published figure beside the same figure computed by `figures` as of its date. */
  facts: FactCheck[];
  /** The latest published (or else derived) figure on the target's indicator; null when only sample figures exist. */
  headline: Headline | null;
  /** One verdict per target of targets.csv, on the 63-province basis the targets were set on. */
  verdicts: TargetVerdict[];
  /** The latest date of data/changelog.csv: verdicts judge "the target year has passed" against it. */
  releaseDate: string;
}
