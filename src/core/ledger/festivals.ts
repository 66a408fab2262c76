/**
 * 重大节日: the festivals at which leaders visit their figures (SPEC §2). A new or upgraded ledger
 * gets 中秋节 and 春节 for every academic year its semesters cover, each with its visiting window.
 * Lunar dates come from a Chinese-calendar library the caller passes in (the core stays free of
 * it, and the pane loads it only when it writes these rows): never from a hand-typed table.
 */
import { addDays, type LocalDate } from '../localDate';
import type { LedgerContent } from '../template/ledgerTemplate';
import { academicYearOf, type SemesterDraft } from './semesters';

/** The solar date of a lunar one (year, month 1–12, day), as a Chinese-calendar library gives it. */
export type LunarCalendar = (lunarYear: number, month: number, day: number) => LocalDate;

/** A festival row to write: its name, date and visiting window, and what the date is in the lunar calendar. */
export interface FestivalDraft {
  readonly name: string;
  readonly date: LocalDate;
  readonly windowStart: LocalDate;
  readonly windowEnd: LocalDate;
  readonly note: string;
}

/** The festivals a ledger gets by default: where each falls in an academic year starting in September. */
const DEFAULT_FESTIVALS = [
  // 中秋 falls in September or October of the academic year's first calendar year.
  { name: '中秋节', month: 8, day: 15, yearOffset: 0, before: 14, after: 3, note: '农历八月十五' },
  // 春节 falls in January or February of the next one; the window runs up to about 元宵.
  { name: '春节', month: 1, day: 1, yearOffset: 1, before: 21, after: 14, note: '农历正月初一' },
] as const;

/** 中秋节 and 春节 of academic year `startYear`–`startYear + 1`, in date order. */
export function academicYearFestivals(startYear: number, calendar: LunarCalendar): FestivalDraft[] {
  return DEFAULT_FESTIVALS.map((festival) => {
    const date = calendar(startYear + festival.yearOffset, festival.month, festival.day);
    return {
      name: festival.name,
      date,
      windowStart: addDays(date, -festival.before),
      windowEnd: addDays(date, festival.after),
      note: festival.note,
    };
  });
}

/** The default festivals of every academic year the semesters cover, in date order. */
export function defaultFestivals(
  semesters: ReadonlyArray<Pick<SemesterDraft, 'start'>>,
  calendar: LunarCalendar,
): FestivalDraft[] {
  const years = [...new Set(semesters.map((semester) => academicYearOf(semester.start)))].sort((a, b) => a - b);
  return years.flatMap((year) => academicYearFestivals(year, calendar));
}

/** 重大节日 rows (by column key) from festival drafts, for `LedgerContent`. */
export function festivalRows(festivals: readonly FestivalDraft[]): LedgerContent[string] {
  return festivals.map((festival) => ({ ...festival }));
}
