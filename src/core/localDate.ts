/**
 * Calendar dates without time or zone. Inside the core a date is always a `LocalDate` string
 * ('YYYY-MM-DD'): it compares with `<`, prints as itself and cannot shift with the machine's zone.
 * All arithmetic goes through UTC day numbers.
 */

/** 'YYYY-MM-DD', branded so that a plain string cannot pass for a checked date. */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 system is 1899-12-30 once past the fictitious 1900-02-29 (serial 60). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
/** Serials of a 1904-system workbook count from 1904-01-01: 1462 days later. */
export const DATE1904_OFFSET = 1462;
/** The last serial Excel can show as a date (9999-12-31). */
const MAX_SERIAL = 2_958_465;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Whether the parts name a real day Excel can show (years 1900–9999); the parser's only gate. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days in a month of the Gregorian calendar (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a LocalDate from its parts, or undefined when no such day exists (e.g. 2026-02-30). */
export function localDate(year: number, month: number, day: number): LocalDate | undefined {
  if (!isValidYmd(year, month, day)) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
}

/** Accepts exactly 'YYYY-MM-DD' naming a real day; anything else gives undefined. */
export function parseIsoDate(text: string): LocalDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  return localDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Days since 1970-01-01: the one number date arithmetic is done in, free of any time zone. */
export function dayNumber(date: LocalDate): number {
  // Read from the fixed 'YYYY-MM-DD' positions: no split, no array, no Date per call (the check takes
  // the day number of every contact and pairing date).
  const digit = (index: number): number => date.charCodeAt(index) - 48;
  const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  // The days-from-civil algorithm, the inverse of fromDayNumber's.
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day a `dayNumber` counts to. */
export function fromDayNumber(days: number): LocalDate {
  // The civil-from-days algorithm (proleptic Gregorian, eras of 400 years): integer arithmetic only,
  // no Date per call, which counted on a sheet of 200k dates.
  const z = Math.floor(days) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
}

/** The day `days` later (earlier when negative), e.g. 办理期限 from 交办日期. */
export const addDays = (date: LocalDate, days: number): LocalDate => fromDayNumber(dayNumber(date) + days);

/** The earlier day: LocalDates compare as strings. */
export const minDate = (a: LocalDate, b: LocalDate): LocalDate => (a <= b ? a : b);
/** The later of two dates. */
export const maxDate = (a: LocalDate, b: LocalDate): LocalDate => (a >= b ? a : b);

/**
 * The day an Excel serial shows, ignoring the time of day. Serials 1–59 are Jan/Feb 1900; serial 60
 * is Excel's nonexistent 1900-02-29 and gives undefined, as do serials outside Excel's range.
 * @example serialToLocalDate(46280) // '2026-09-15'
 */
export function serialToLocalDate(serial: number, date1904 = false): LocalDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial + (date1904 ? DATE1904_OFFSET : 0));
  if (whole < 1 || whole > MAX_SERIAL || whole === 60) return undefined;
  const days = EXCEL_EPOCH_UTC / MS_PER_DAY + (whole < 60 ? whole + 1 : whole);
  return fromDayNumber(days);
}

/**
 * Why a number is no day, as a user would put it: `timeOnly` is a time of day without a date (0 < n < 1,
 * typed as 12:00), `noSuchDay` a serial Excel shows as a day that never was (0 as 1900-01-00, 60 as
 * 1900-02-29), `outOfRange` a serial before the first day or after 9999-12-31 (Excel shows ####).
 */
export type SerialTrouble = 'timeOnly' | 'noSuchDay' | 'outOfRange';

/**
 * Why `serialToLocalDate` gives no day for a serial, or undefined when it gives one.
 * @example serialTrouble(0.5) // 'timeOnly'
 */
export function serialTrouble(serial: number, date1904 = false): SerialTrouble | undefined {
  if (serialToLocalDate(serial, date1904) !== undefined) return undefined;
  // In the 1904 system serial 0 is 1904-01-01, a day; only the 1900 system has these two.
  if (!date1904 && serial > 0 && serial < 1) return 'timeOnly';
  if (!date1904 && (Math.floor(serial) === 0 || Math.floor(serial) === 60)) return 'noSuchDay';
  return 'outOfRange';
}

/** 0.5 → '12:00': the time of day a fraction of a day is, to the minute (a hair's float error not counted). */
export function timeOfDay(fraction: number): string {
  const seconds = Math.floor((fraction - Math.floor(fraction)) * 86_400 + 1e-6);
  const minutes = Math.floor(seconds / 60) % 1440;
  return `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

/**
 * The serial of a day in the workbook's date system (what to write into a cell with a date format),
 * the inverse of `serialToLocalDate`: a 1904-system serial is 1462 days smaller.
 * @example localDateToSerial('2026-09-15') // 46280
 */
export function localDateToSerial(date: LocalDate, date1904 = false): number {
  const serial = dayNumber(date) - EXCEL_EPOCH_UTC / MS_PER_DAY;
  return (serial < 61 ? serial - 1 : serial) - (date1904 ? DATE1904_OFFSET : 0);
}

/** A JS Date's calendar day read in UTC: how exceljs and Office hand over a date cell's value. */
export function utcDateToLocalDate(date: Date): LocalDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return localDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** 2026-09-15 → '2026年9月15日', as the 登记表 and the messages print dates. */
export function formatChineseDate(date: LocalDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}
