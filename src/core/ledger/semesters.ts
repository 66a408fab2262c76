/** Semesters: reading and checking 学期, finding the one a date falls in, and a new ledger's defaults. */
import { addDays, daysInMonth, type LocalDate, localDate, minDate } from '../localDate';
import { type Problem, problemAt } from '../problems';
import type { TableRead } from '../readTable';
import type { semestersTable } from '../schema/semesters';
import type { Semester } from './model';

const SEMESTER_ID = /^(\d{4})-(\d{4})-([12])$/;

/**
 * Reads 学期 and checks that the semesters tile the calendar: a start after its end is an error
 * (no day is in it, so it is left out), two semesters sharing days an error naming both and the
 * shared days (both stay: each is what its cells say, and `--semester` must find it), a gap
 * between them a warning.
 */
export function readSemesters(table: TableRead<typeof semestersTable>): { semesters: Semester[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const valid: Semester[] = [];
  for (const { row, semesterId, name, start, end } of table.rows) {
    const semester: Semester = { id: semesterId, name, start, end, row };
    const idMatch = SEMESTER_ID.exec(semester.id);
    if (!idMatch || Number(idMatch[2]) !== Number(idMatch[1]) + 1)
      problems.push(problemAt('SEMESTER_ID_FORMAT', table.placeOf(row, 'semesterId'), { value: semester.id }));
    if (semester.start > semester.end)
      problems.push(problemAt('SEMESTER_RANGE_INVALID', table.placeOf(row, 'end'), { semester: semester.id }));
    else valid.push(semester);
  }
  const sorted = [...valid].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.row - b.row));
  // Compare each semester with the one reaching furthest so far, not just its neighbour: a long
  // semester can overlap one that starts after a shorter semester nested inside it.
  let reach: Semester | undefined;
  for (const current of sorted) {
    if (reach && current.start <= reach.end) {
      problems.push(
        problemAt('SEMESTER_OVERLAP', table.placeOf(current.row, 'start'), {
          semester: current.id,
          other: reach.id,
          otherRow: reach.row,
          from: current.start,
          to: minDate(current.end, reach.end),
        }),
      );
    } else if (reach && addDays(reach.end, 1) < current.start) {
      problems.push(
        problemAt('SEMESTER_GAP', table.placeOf(current.row, 'start'), {
          semester: current.id,
          from: addDays(reach.end, 1),
          to: addDays(current.start, -1),
        }),
      );
    }
    if (!reach || current.end > reach.end) reach = current;
  }
  return { semesters: sorted, problems };
}

/** The semester a date falls in (the earliest starting, where two overlap); none in a gap or outside every semester. */
export function semesterContaining(semesters: readonly Semester[], date: LocalDate): Semester | undefined {
  // A loop, not find(): the check asks this for every contact outside the semester checked.
  for (const semester of semesters) if (semester.start <= date && date <= semester.end) return semester;
  return undefined;
}

/** A semester to write into 学期 (a new ledger's, the sample's). */
export interface SemesterDraft {
  readonly id: string;
  readonly name: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

/** 第一学期 = 09-01 … last day of February (a 春节 visit counts toward it); 第二学期 = 03-01 … 08-31. */
export function academicYearSemesters(startYear: number): [SemesterDraft, SemesterDraft] {
  const year = `${startYear}-${startYear + 1}`;
  const endOfFebruary = localDate(startYear + 1, 2, daysInMonth(startYear + 1, 2)) as LocalDate;
  return [
    {
      id: `${year}-1`,
      name: `${year}学年第一学期`,
      start: localDate(startYear, 9, 1) as LocalDate,
      end: endOfFebruary,
    },
    {
      id: `${year}-2`,
      name: `${year}学年第二学期`,
      start: localDate(startYear + 1, 3, 1) as LocalDate,
      end: localDate(startYear + 1, 8, 31) as LocalDate,
    },
  ];
}

/** The academic year a day belongs to starts in September: 2027-01-20 → 2026. */
export function academicYearOf(date: LocalDate): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}

/** What a new ledger gets: the semesters of the current and the next academic year. */
export function defaultSemesters(today: LocalDate): SemesterDraft[] {
  const year = academicYearOf(today);
  return [...academicYearSemesters(year), ...academicYearSemesters(year + 1)];
}
