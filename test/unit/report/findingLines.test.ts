import { runCheck } from '../../../src/core/check/runCheck';
import type { CheckResult } from '../../../src/core/check/checkResult';
import { filterFindings, findingSections } from '../../../src/core/report/findingLines';
import type { LocalDate } from '../../../src/core/localDate';
import { readOrThrow, sampleRaw } from '../../support/rawLedger';

function checked(): CheckResult {
  const { ledger, problems } = readOrThrow(sampleRaw());
  const result = runCheck(ledger, problems, { semesterId: '2026-2027-1', today: '2027-01-20' as LocalDate });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const lines = (sections: ReturnType<typeof findingSections>, id: string) =>
  sections.find((section) => section.id === id)?.lines ?? [];

describe('the findings the pane lists, and narrowing them', () => {
  const result = checked();
  const sections = findingSections(result);

  test('every finding of the check is a line: gaps in the terminal’s order, then the problems by severity', () => {
    expect(sections[0]?.title).toBe('尚未完成联系的结对');
    expect(lines(sections, 'pairings').map((line) => line.key)).toEqual(
      result.pairings.filter((pairing) => pairing.status !== 'met').map((pairing) => pairing.pairingId),
    );
    const problemLines = ['problems-error', 'problems-warning', 'problems-info'].flatMap((id) => lines(sections, id));
    expect(problemLines).toHaveLength(result.problems.length);
    expect(sections.filter((section) => section.perUnit).map((section) => section.id)).toEqual([
      'pairings',
      ...result.festivals.map((festival) => `festival-${festival.name}-${festival.date}`),
      'uncovered',
    ]);
  });

  test('a unit keeps that unit’s pairings, visits and figures; what belongs to no unit stays whole', () => {
    expect(lines(sections, 'pairings').map((line) => line.unit)).toEqual(['西方语言文化学院']);
    expect(lines(sections, 'uncovered').map((line) => line.unit)).toEqual(['艺术学院']);
    const arts = filterFindings(sections, { unit: '艺术学院', query: '' });
    expect(lines(arts, 'pairings')).toEqual([]);
    expect(lines(arts, 'uncovered').map((line) => line.text)).toEqual([expect.stringMatching(/^宋雨（艺术学院/)]);
    const western = filterFindings(sections, { unit: ' 西方语言文化学院', query: '' });
    expect(lines(western, 'pairings').map((line) => line.key)).toEqual(['P14']);
    expect(lines(western, 'uncovered')).toEqual([]);
    // 校级 leaders, 意见办理 and the data problems belong to no unit: they stay whole.
    expect(lines(western, 'problems-error')).toBe(lines(sections, 'problems-error'));
    expect(lines(western, 'leaders')).toBe(lines(sections, 'leaders'));
    expect(filterFindings(sections, { unit: '', query: '' })).toEqual(sections);
  });

  test('a search keeps the lines holding its words, folded as names are (case, width, spaces)', () => {
    const found = filterFindings(sections, { unit: '', query: '宋 雨' });
    expect(found.flatMap((section) => section.lines).map((line) => line.key)).toEqual(['F10']);
    const wide = filterFindings(sections, { unit: '', query: 'ｐ１４' }).flatMap((section) => section.lines);
    expect(wide.length).toBeGreaterThan(0);
    expect(wide).toEqual(filterFindings(sections, { unit: '', query: 'P14' }).flatMap((section) => section.lines));
    // A section's own title matches too: searching 数据问题 keeps every problem.
    expect(lines(filterFindings(sections, { unit: '', query: '数据问题' }), 'problems-error')).toHaveLength(
      lines(sections, 'problems-error').length,
    );
    expect(filterFindings(sections, { unit: '', query: '没有这样的字' }).every((s) => s.lines.length === 0)).toBe(true);
  });
});
