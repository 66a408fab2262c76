/**
 * The check's data problems alone, as a CSV file a 统战部 staff member can sort, filter and send on:
 * one row per problem with its severity, sheet, cell and the sentence saying what to change. Excel
 * and WPS open it as a table when it starts with a byte-order mark (else they guess the ANSI code
 * page and the Chinese is garbled) and uses CRLF line ends.
 */
import type { CheckResult } from '../check/checkResult';
import { SEVERITY_LABEL, type Severity } from '../problems';

/** The file's columns, in order. */
export const PROBLEM_CSV_HEADERS = ['级别', '工作表', '单元格', '行', '列', '问题与改法', '规则', '代码'] as const;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A field as CSV writes it: quoted when it holds a comma, quote or line break, quotes doubled; a
 * text starting with = + - @ gets a leading apostrophe so a spreadsheet never runs it as a formula.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The problems of a check as CSV text (with its byte-order mark): errors first, then in the check's order. */
export function problemsCsv(result: Pick<CheckResult, 'problems'>): string {
  const rows = [...result.problems]
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => SEVERITY_ORDER[a.problem.severity] - SEVERITY_ORDER[b.problem.severity] || a.index - b.index)
    .map(({ problem }) => [
      SEVERITY_LABEL[problem.severity],
      problem.sheet,
      problem.cell,
      problem.row > 0 ? problem.row : '',
      problem.column,
      problem.message,
      problem.rule,
      problem.code,
    ]);
  const lines = [PROBLEM_CSV_HEADERS, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The file's name: 数据问题-2026-2027-1.csv. */
export const problemsCsvName = (result: Pick<CheckResult, 'semester'>): string => `数据问题-${result.semester.id}.csv`;
