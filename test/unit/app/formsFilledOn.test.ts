import { fixedDayClock } from '../../../src/app/clock';
import { renderFormSheets } from '../../../src/app/renderFormSheets';
import type { AppEnv } from '../../../src/app/session';
import type { LocalDate } from '../../../src/core/localDate';
import type { SheetSpec } from '../../../src/core/sheet/sheetSpec';
import { portDouble } from '../../support/portDouble';
import { sampleRaw } from '../../support/rawLedger';

const env: AppEnv = { clock: fixedDayClock('2027-01-20' as LocalDate), inPane: true };

/** The texts of every form sheet the render wrote. */
async function formTexts(request: Parameters<typeof renderFormSheets>[2]): Promise<string[][]> {
  const port = portDouble(sampleRaw());
  const rendered = await renderFormSheets(port, env, request, () => undefined, new AbortController().signal);
  if (!rendered.ok) throw new Error(rendered.error.message);
  return port
    .callsOf('replaceSheets')
    .flatMap(([replacement]) =>
      replacement.add.map((sheet) =>
        ((sheet as { spec: SheetSpec }).spec.cells ?? []).flatMap((cell) =>
          cell.content?.kind === 'text' ? [cell.content.text] : [],
        ),
      ),
    );
}

describe('登记表 of picked pairings, on a chosen 填表时间', () => {
  test('only the pairings named are rendered; 填表时间 is the day chosen, else today', async () => {
    const chosen = await formTexts({ semesterId: '2026-2027-1', pairings: ['P01', 'P12'], filledOn: '2027-01-15' });
    expect(chosen).toHaveLength(2);
    expect(chosen.every((texts) => texts.includes('填表时间：2027年1月15日'))).toBe(true);
    const today = await formTexts({ semesterId: '2026-2027-1', pairings: ['P01'] });
    expect(today[0]).toContain('填表时间：2027年1月20日');
  });
});
