import fc from 'fast-check';
import {
  serialTrouble,
  timeOfDay,
  addDays,
  dayNumber,
  fromDayNumber,
  type LocalDate,
  localDate,
  localDateToSerial,
  parseIsoDate,
  serialToLocalDate,
  utcDateToLocalDate,
  formatChineseDate,
} from '../../src/core/localDate';

describe('Excel serials ↔ LocalDate (runs under TZ=Asia/Shanghai and TZ=UTC)', () => {
  test.each([
    [46280, '2026-09-15'],
    [46081, '2026-02-28'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [2958465, '9999-12-31'],
  ])('serial %d shows %s', (serial, date) => {
    expect(serialToLocalDate(serial)).toBe(date);
    expect(localDateToSerial(date as LocalDate)).toBe(serial);
  });

  test('the time of day in a serial does not move the date', () => {
    expect(serialToLocalDate(46280.99)).toBe('2026-09-15');
  });

  test("Excel's fictitious 1900-02-29 (serial 60) and out-of-range serials are no date", () => {
    expect(serialToLocalDate(60)).toBeUndefined();
    expect(serialToLocalDate(0)).toBeUndefined();
    expect(serialToLocalDate(-5)).toBeUndefined();
    expect(serialToLocalDate(3_000_000)).toBeUndefined();
    expect(serialToLocalDate(Number.NaN)).toBeUndefined();
  });

  test('why a serial is no day: a time alone, a day that never was, or outside Excel’s days', () => {
    expect(serialTrouble(0.5)).toBe('timeOnly');
    expect(timeOfDay(0.5)).toBe('12:00');
    expect(timeOfDay(0.999_999)).toBe('23:59');
    expect(timeOfDay(14.5 / 24)).toBe('14:30');
    expect(timeOfDay(46280.75)).toBe('18:00');
    expect(serialTrouble(0)).toBe('noSuchDay');
    expect(serialTrouble(60.25)).toBe('noSuchDay');
    expect(serialTrouble(-0.5)).toBe('outOfRange');
    expect(serialTrouble(-1)).toBe('outOfRange');
    expect(serialTrouble(2_958_466)).toBe('outOfRange');
    expect(serialTrouble(2_958_465.9)).toBeUndefined();
    expect(serialTrouble(46280)).toBeUndefined();
    // In the 1904 system serial 0 is 1904-01-01, a day.
    expect(serialTrouble(0, true)).toBeUndefined();
    expect(serialTrouble(2_958_465, true)).toBe('outOfRange');
  });

  test('a 1904-system serial is 1462 days later', () => {
    expect(serialToLocalDate(46280 - 1462, true)).toBe('2026-09-15');
  });

  test('every day from 1900-03-01 on round-trips through its serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const date = serialToLocalDate(serial) as LocalDate;
        expect(localDateToSerial(date)).toBe(serial);
      }),
    );
  });

  test('localDateToSerial mirrors serialToLocalDate: a 1904-system serial is 1462 smaller', () => {
    expect(localDateToSerial('2026-09-15' as LocalDate, true)).toBe(46280 - 1462);
    expect(localDateToSerial('1904-01-01' as LocalDate, true)).toBe(0);
    expect(localDateToSerial('2026-09-15' as LocalDate, false)).toBe(46280);
  });

  test.each([
    ['1900', false, 61],
    ['1904', true, 0],
  ] as const)(
    'in the %s system every day round-trips: date → serial → date and serial → date → serial',
    (_system, date1904, firstSerial) => {
      const lastSerial = 2958465 - (date1904 ? 1462 : 0);
      fc.assert(
        fc.property(fc.integer({ min: firstSerial, max: lastSerial }), (serial) => {
          const date = serialToLocalDate(serial, date1904) as LocalDate;
          expect(date).toBeDefined();
          expect(localDateToSerial(date, date1904)).toBe(serial);
        }),
      );
      fc.assert(
        fc.property(
          fc.integer({ min: 1904, max: 9999 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 31 }),
          (year, month, day) => {
            const date = localDate(year, month, day);
            if (date === undefined) return;
            expect(serialToLocalDate(localDateToSerial(date, date1904), date1904)).toBe(date);
          },
        ),
      );
    },
  );

  test('a Date at UTC midnight (as exceljs reads a date cell) is that calendar day in any zone', () => {
    expect(utcDateToLocalDate(new Date(Date.UTC(2026, 8, 15)))).toBe('2026-09-15');
    expect(utcDateToLocalDate(new Date(Number.NaN))).toBeUndefined();
  });
});

describe('LocalDate', () => {
  test('only real days exist', () => {
    expect(localDate(2028, 2, 29)).toBe('2028-02-29');
    expect(localDate(2027, 2, 29)).toBeUndefined();
    expect(localDate(2026, 13, 1)).toBeUndefined();
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('2026-9-15')).toBeUndefined();
  });

  test('adding days crosses months, years and leap days', () => {
    expect(addDays('2027-02-28' as LocalDate, 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28' as LocalDate, 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31' as LocalDate, 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01' as LocalDate, -1)).toBe('2026-02-28');
  });

  test('day numbers count the days from 1970-01-01 and give back the same day, years 1 to 9999', () => {
    expect(dayNumber('1970-01-01' as LocalDate)).toBe(0);
    expect(dayNumber('2027-01-20' as LocalDate) - dayNumber('2026-09-01' as LocalDate)).toBe(141);
    fc.assert(
      // Every day from 0001-01-01 (day -719162) to 9999-12-31 (day 2932896).
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (days) => {
        const date = new Date(days * 86_400_000).toISOString().slice(0, 10) as LocalDate;
        expect(dayNumber(date)).toBe(days);
        expect(fromDayNumber(days)).toBe(date);
      }),
    );
  });

  test('prints the way the 登记表 writes dates', () => {
    expect(formatChineseDate('2026-09-05' as LocalDate)).toBe('2026年9月5日');
  });
});
