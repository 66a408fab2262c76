import { toCell } from '../../../src/core/cell';
import { upgradePlan } from '../../../src/core/entry/upgradePlan';
import type { RawWorkbook } from '../../../src/core/rawWorkbook';
import { sampleRaw } from '../../support/rawLedger';

describe('upgrading an older ledger adds only what it lacks', () => {
  test('a current ledger needs nothing', () => {
    expect(upgradePlan(sampleRaw())).toEqual({ addSheets: [], addColumns: [], addSettings: [] });
  });

  test('a missing sheet, missing columns after the last header, missing 设置 keys', () => {
    const sample = sampleRaw();
    const sheets = sample.sheets
      .filter((sheet) => sheet.name !== '意见办理')
      .map((sheet) => {
        if (sheet.name === '联系记录')
          return {
            ...sheet,
            rows: [[toCell('标题'), undefined], ...sheet.rows.map((row) => (row ?? []).slice(0, 10))],
          };
        if (sheet.name === '设置') return { ...sheet, rows: sheet.rows.slice(0, 3) };
        return sheet;
      });
    const older: RawWorkbook = { ...sample, sheets };
    expect(upgradePlan(older)).toEqual({
      addSheets: ['意见办理'],
      addColumns: [{ sheet: '联系记录', headerRow: 2, afterColumn: 10, headers: ['填报人', '填报日期'] }],
      addSettings: [
        expect.objectContaining({ key: '校级干部结对人数', value: '1' }),
        expect.objectContaining({ key: '办理期限天数', value: '30' }),
        expect.objectContaining({ key: '台账版本', value: '1' }),
      ],
    });
  });
});
