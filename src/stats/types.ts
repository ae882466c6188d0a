/** The aggregated statistics: JSON-serialisable, written once by the build and read by the site, downloads and browser. */
import type { Organisation, Programme, Region, Session, Status } from "../data/types.ts";

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
  /** True when the figure depends on any illustrative row. */
  illustrative: boolean;
}

/** The same coverage on the 63-province basis and on the 34-unit basis (2025). */
export interface CoverageBases {
  provinces: CoveragePoint[];
  units: CoveragePoint[];
}

export interface Coverage {
  /** Headline: provinces with officials trained in assessment practice (advanced course). */
  advanced: CoverageBases;
  all: CoverageBases;
}

export interface OfficialsYear {
  year: number;
  officials: number;
  cumulative: number;
  basic: number;
  advanced: number;
  illustrative: boolean;
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
  /** Trainees as published, null when not published. */
  trainees: number | null;
  /** Officials counted from participants.csv. */
  officials: number;
  provinces: string[];
  provinceCount: number;
  byOrganisation: OrganisationCounts;
  sessions: SessionSummary[];
  /** Distinct source URLs of the course, its sessions and its participant rows. */
  sources: string[];
  illustrative: { course: boolean; sessions: boolean; participants: boolean };
}

export type ProgressStatus = "achieved" | "missed" | "on-track" | "off-track" | "too-early";

export interface TargetProgress {
  indicator: "doit_staff_trained";
  basis: "provinces" | "units";
  targetYear: number;
  targetPercent: number;
  /** ceil(targetPercent × total / 100). */
  targetCount: number;
  total: number;
  latestYear: number;
  latestCount: number;
  latestShare: number;
  /** Provinces still missing at the latest year, 0 when reached. */
  gapCount: number;
  /** Percentage points still missing at the latest year, 0 when reached. */
  gapPoints: number;
  status: ProgressStatus;
  /** First year the target count was reached, null if not yet. */
  reachedIn: number | null;
  /** Average annual gain (areas a year) used for the projection, null when not projected. */
  annualGain: number | null;
  /** Years the gain was averaged over, null when not projected. */
  gainWindow: { from: number; to: number } | null;
  /** Year the target would be reached at annualGain, null when not projected or gain ≤ 0. */
  projectedYear: number | null;
  source_url: string;
  label_vi: string;
  label_en: string;
  illustrative: boolean;
}

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

/** Which figure families depend on illustrative sample rows, and which rows those are. */
export interface IllustrativeFlags {
  coverageAdvanced: boolean;
  coverageAll: boolean;
  officials: boolean;
  courses: boolean;
  sessions: boolean;
  targets: boolean;
  rows: { courses: string[]; sessions: string[]; participantCourses: string[]; participants: number };
}

export interface Method {
  countUnit: "training-places";
  roundsCountOnce: true;
  coverage: "cumulative-distinct";
  unitBasis: "any-former-province";
  courseStart: { rule: "round-1-start"; monthOnly: "first-of-month"; unknown: "31-december" };
  targetCount: "ceil";
  projection: { gain: "average-annual"; windowYears: number; minimumYears: number };
}

export interface Aggregates {
  meta: Meta;
  method: Method;
  coverage: Coverage;
  officials: Officials;
  courses: CourseSummary[];
  progress: { provinces: TargetProgress[]; units: TargetProgress[] };
  illustrative: IllustrativeFlags;
}
