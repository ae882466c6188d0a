import type { Course, Dataset, Organisation, Programme, Region } from "../data/types.ts";

/** One participant row joined to its course and province. */
export interface Participation {
  courseId: string;
  year: number;
  programme: Programme;
  code: string;
  unit: string;
  region: Region;
  organisation: Organisation;
  officials: number;
  /** The participant row or its course row is illustrative sample data. */
  illustrative: boolean;
}

/** Participant rows of the given courses, joined to course year, programme, region and 2025 unit. */
export function participations(dataset: Dataset, courses: readonly Course[]): Participation[] {
  const byId = new Map(courses.map((c) => [c.id, c]));
  const provinces = new Map(dataset.provinces.map((p) => [p.code, p]));
  const rows: Participation[] = [];
  for (const p of dataset.participants) {
    const course = byId.get(p.course_id);
    if (!course) continue;
    const province = provinces.get(p.province_code);
    // The validator guarantees the foreign key; a miss here is a programming error, not a data one.
    if (!province) throw new Error(`participations: unknown province ${p.province_code}`);
    rows.push({
      courseId: course.id,
      year: course.year,
      programme: course.programme,
      code: province.code,
      unit: province.code_2025,
      region: province.region,
      organisation: p.organisation,
      officials: p.officials,
      illustrative: p.status === "illustrative" || course.status === "illustrative",
    });
  }
  return rows;
}
