import { check, contact, S1, S2 } from './fixture';

/** R3: every 在职 figure has at least one active pairing (any level) on min(S.end, today): 全覆盖 per unit. */
const french = { name: '法语学院' };
const frenchLeader = {
  leaderId: 'L02',
  name: '王五',
  post: '法语学院党委书记',
  level: '院级',
  unit: '法语学院',
  status: '在任',
};
const figure = (figureId: string, name: string, unit: string, status = '在职') => ({ figureId, name, unit, status });
const pairing = (pairingId: string, leaderId: string, figureId: string, extra: Record<string, string> = {}) => ({
  pairingId,
  level: '院级',
  leaderId,
  figureId,
  start: '2026-09-01',
  ...extra,
});

describe('R3 coverage', () => {
  test('a unit whose one figure is paired is fully covered', () => {
    const result = check({}, { today: '2027-01-20' });
    expect(result.uncoveredFigures).toEqual([]);
    expect(result.units).toEqual([
      { unit: '英语学院', figuresInService: 1, figuresCovered: 1, pairingsDue: 1, pairingsMet: 0 },
    ]);
    expect(result.summary).toMatchObject({ figuresInService: 1, figuresCovered: 1 });
  });

  test('a figure in service without a pairing is uncovered, with its row on 党外代表人士', () => {
    const result = check({ figures: [figure('F02', '钱六', '英语学院')] }, { today: '2027-01-20' });
    expect(result.uncoveredFigures).toEqual([
      {
        figureId: 'F02',
        name: '钱六',
        unit: '英语学院',
        sheet: '党外代表人士',
        row: 3,
        column: '人士编号',
        cell: 'A3',
      },
    ]);
    expect(result.units).toEqual([
      { unit: '英语学院', figuresInService: 2, figuresCovered: 1, pairingsDue: 1, pairingsMet: 0 },
    ]);
    expect(result.summary).toMatchObject({ figuresInService: 2, figuresCovered: 1 });
  });

  test('figures who moved away (调离) or retired (退休) are not counted, paired or not', () => {
    const result = check(
      { figures: [figure('F02', '钱六', '英语学院', '调离'), figure('F03', '孙七', '英语学院', '退休')] },
      { today: '2027-01-20' },
    );
    expect(result.uncoveredFigures).toEqual([]);
    expect(result.units[0]).toMatchObject({ figuresInService: 1, figuresCovered: 1 });
  });

  test('counts are kept per unit, in 单位 order, with due and met pairings', () => {
    const result = check(
      {
        units: [french],
        leaders: [frenchLeader],
        figures: [
          figure('F02', '钱六', '法语学院'),
          figure('F03', '孙七', '法语学院'),
          figure('F04', '周八', '法语学院'),
        ],
        pairings: [pairing('P02', 'L02', 'F02'), pairing('P03', 'L02', 'F03')],
        contacts: [contact('C01', 'P02', '2026-10-10'), contact('C02', 'P01', '2026-11-11')],
      },
      { today: '2027-01-20' },
    );
    expect(result.units).toEqual([
      { unit: '英语学院', figuresInService: 1, figuresCovered: 1, pairingsDue: 1, pairingsMet: 1 },
      { unit: '法语学院', figuresInService: 3, figuresCovered: 2, pairingsDue: 2, pairingsMet: 1 },
    ]);
    expect(result.uncoveredFigures.map((uncovered) => [uncovered.figureId, uncovered.unit])).toEqual([
      ['F04', '法语学院'],
    ]);
    expect(result.summary).toMatchObject({ figuresInService: 4, figuresCovered: 3 });
  });

  test('a pairing at any level covers: a 校级 pairing alone is enough', () => {
    const school = { leaderId: 'L09', name: '赵校长', post: '副校长', level: '校级', status: '在任' };
    const result = check(
      {
        leaders: [school],
        figures: [figure('F02', '钱六', '英语学院')],
        pairings: [{ pairingId: 'P09', level: '校级', leaderId: 'L09', figureId: 'F02', start: '2026-09-01' }],
      },
      { today: '2027-01-20' },
    );
    expect(result.uncoveredFigures).toEqual([]);
  });

  test('a pairing that ended before the reference day, or starts after it, does not cover', () => {
    const result = check(
      {
        replace: { pairings: [pairing('P01', 'L01', 'F01', { end: '2026-12-31' })] },
        figures: [figure('F02', '钱六', '英语学院')],
        pairings: [pairing('P02', 'L01', 'F02', { start: '2027-02-01' })],
      },
      { today: '2027-01-20' },
    );
    expect(result.uncoveredFigures.map((uncovered) => uncovered.figureId)).toEqual(['F01', 'F02']);
    expect(result.units[0]).toMatchObject({ figuresInService: 2, figuresCovered: 0, pairingsDue: 0 });
  });

  test('after the semester, coverage is judged on its last day', () => {
    const endsInMarch = { replace: { pairings: [pairing('P01', 'L01', 'F01', { end: '2027-03-15' })] } };
    expect(check(endsInMarch, { today: '2027-04-01', semesterId: S1 }).uncoveredFigures).toEqual([]);
    expect(
      check(endsInMarch, { today: '2027-04-01', semesterId: S2 }).uncoveredFigures.map(
        (uncovered) => uncovered.figureId,
      ),
    ).toEqual(['F01']);
  });
});
