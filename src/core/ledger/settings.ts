/** 设置: the keys a ledger is tuned with (school name, the rules' numbers), their defaults, and how they are read. */
import { matchKey } from '../cellText';
import { type Problem, problemAt } from '../problems';
import type { TableRead } from '../readTable';
import type { settingsTable } from '../schema/settings';
import type { Settings } from './model';

/** The 设置 keys a new ledger writes, their defaults and what each means. */
export const SETTING_DEFAULTS = [
  { key: '学校名称', value: '浙江外国语学院', note: '登记表标题中的学校名称' },
  {
    key: '每学期最少联系次数',
    value: '1',
    note: '每个结对每学期至少联系的次数（浙外党〔2026〕35号：每学期不少于 1 次）',
  },
  { key: '校级干部结对人数', value: '1', note: '每位学校党委班子成员结对联系的党外代表人士人数' },
  { key: '办理期限天数', value: '30', note: '意见办理未填写办理期限时，交办日期后多少天为期限' },
  { key: '台账版本', value: '1', note: '台账结构版本，请勿修改' },
] as const;

const NUMERIC_KEYS = {
  每学期最少联系次数: 'minContactsPerSemester',
  校级干部结对人数: 'pairingsPerSchoolLeader',
  办理期限天数: 'followUpDays',
  台账版本: 'ledgerVersion',
} as const satisfies Record<string, keyof Settings>;

const defaultOf = (key: string): string => SETTING_DEFAULTS.find((entry) => entry.key === key)?.value ?? '';

/** Reads 设置; a missing key takes its default, a bad number is a warning and takes its default. */
export function readSettings(table: TableRead<typeof settingsTable>): { settings: Settings; problems: Problem[] } {
  const byKey = new Map(table.rows.map((row) => [matchKey(row.key), row]));
  const problems: Problem[] = [];
  const numbers: Record<string, number> = {};
  for (const [key, field] of Object.entries(NUMERIC_KEYS)) {
    const found = byKey.get(matchKey(key));
    const fallback = Number(defaultOf(key));
    const value = found ? Number(found.value) : fallback;
    const valid = Number.isInteger(value) && value >= 1;
    if (found && !valid)
      problems.push(
        problemAt('SETTING_INVALID', table.placeOf(found.row, 'value'), {
          key,
          value: found.value,
          fallback: String(fallback),
        }),
      );
    numbers[field] = valid ? value : fallback;
  }
  const schoolName = byKey.get(matchKey('学校名称'))?.value ?? defaultOf('学校名称');
  return {
    settings: {
      schoolName,
      minContactsPerSemester: numbers.minContactsPerSemester ?? 1,
      pairingsPerSchoolLeader: numbers.pairingsPerSchoolLeader ?? 1,
      followUpDays: numbers.followUpDays ?? 30,
      ledgerVersion: numbers.ledgerVersion ?? 1,
    },
    problems,
  };
}
