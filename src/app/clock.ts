/**
 * The clock, read only at the edge: hosts hand a `Clock` to the use cases, which pass plain dates
 * on to the core. Today is the calendar day the user's computer shows (its time zone), not UTC.
 */
import { type LocalDate, localDate } from '../core/localDate';

/** What a use case may ask of the time: the day it runs on and a reading printed on reports. */
export interface Clock {
  /** The local calendar date. */
  today(): LocalDate;
  /** The local time of day on that date, 'YYYY-MM-DD HH:mm', e.g. a report's 检查时间. */
  now(): string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar day a Date shows in the machine's time zone. */
export function localDay(at: Date): LocalDate {
  return localDate(at.getFullYear(), at.getMonth() + 1, at.getDate()) as LocalDate;
}

/** 'YYYY-MM-DD HH:mm' of a Date in the machine's time zone, with the day given when it is fixed. */
export function clockReading(at: Date, day: LocalDate = localDay(at)): string {
  return `${day} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The machine's clock. */
export const systemClock: Clock = { today: () => localDay(new Date()), now: () => clockReading(new Date()) };

/** A clock stopped on one day (`--today`, the preview's `?today=`, tests); the time of day still runs. */
export function fixedDayClock(day: LocalDate): Clock {
  return { today: () => day, now: () => clockReading(new Date(), day) };
}
