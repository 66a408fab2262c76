/**
 * The options of `lianyi handover`: a leader leaving (--leader, with --successor or --end-only) or
 * a figure leaving (--figure with --status), the day (--on), and the new file (--out). A command
 * line that could mean two things is refused with one line.
 */
import type { HandoverRequest } from '../core/handover/handoverPlan';
import { type LocalDate, parseIsoDate } from '../core/localDate';
import { notXlsxOption } from './xlsxFileName';
import { err, ok, type Result } from '../core/result';

/** A parsed `lianyi handover`. */
export interface HandoverCommand {
  readonly name: 'handover';
  readonly file: string;
  readonly request: HandoverRequest;
  readonly out: string;
  readonly today?: LocalDate;
  readonly force: boolean;
}

/** The option values `lianyi handover` reads (parseArgs's, already limited to the options it takes). */
export interface HandoverValues {
  readonly leader?: string;
  readonly figure?: string;
  readonly on?: string;
  readonly successor?: string;
  readonly 'end-only'?: boolean;
  readonly reason?: string;
  readonly status?: string;
  readonly out?: string;
  readonly force?: boolean;
}

/** The usage lines of `lianyi handover`, for --help. */
export const HANDOVER_USAGE = `  lianyi handover 文件.xlsx --leader 干部编号或姓名 --on YYYY-MM-DD (--successor 干部编号或姓名 | --end-only) [--reason 原因] --out 新台账.xlsx [--force]
  lianyi handover 文件.xlsx --figure 人士编号或姓名 --on YYYY-MM-DD --status 调离|退休 [--reason 原因] --out 新台账.xlsx [--force]
      交接：干部离任（由接任干部接续联系，或只结束结对）或人士调离、退休，写入新文件，并附可打印的「交接单」；原有内容一概不动。`;

const FIGURE_STATUSES = ['调离', '退休'] as const;
const isFigureStatus = (value: string): value is (typeof FIGURE_STATUSES)[number] =>
  (FIGURE_STATUSES as readonly string[]).includes(value);

/** A `lianyi handover` command, or the one line that says what is missing or contradictory. */
export function parseHandover(
  file: string,
  values: HandoverValues,
  today: LocalDate | undefined,
): Result<HandoverCommand, string> {
  const { leader, figure, successor, reason, status, out } = values;
  const endOnly = values['end-only'] ?? false;
  if ((leader === undefined) === (figure === undefined))
    return err('请用 --leader 指定离任的干部，或用 --figure 指定调离、退休的人士（二者选一）。');
  if (values.on === undefined) return err('请用 --on 指定交接日期，例如 --on 2026-09-30。');
  const on = parseIsoDate(values.on);
  if (!on) return err(`--on 的值“${values.on}”不是有效日期：请写成 YYYY-MM-DD，例如 2026-09-30。`);
  if (out === undefined) return err('请用 --out 指定交接后的新文件，例如 --out 新台账.xlsx。');
  const wrongOut = notXlsxOption('out', out);
  if (wrongOut) return err(wrongOut);
  const reasonOf = reason === undefined || reason.trim() === '' ? {} : { reason: reason.trim() };
  const base = { name: 'handover' as const, file, out, today, force: values.force ?? false };
  if (leader !== undefined) {
    if (status !== undefined) return err('--status 只用于人士调离、退休（--figure）；干部离任不用写。');
    if (successor !== undefined && endOnly)
      return err('--successor 和 --end-only 只能选一个：有接任干部时写 --successor，只结束结对时写 --end-only。');
    if (successor === undefined && !endOnly) return err('请用 --successor 指定接任干部，或写 --end-only 只结束结对。');
    return ok({ ...base, request: { kind: 'leader', leader, on, ...(successor ? { successor } : {}), ...reasonOf } });
  }
  if (successor !== undefined || endOnly)
    return err('--successor 和 --end-only 只用于干部离任（--leader）；人士调离、退休时结对直接结束。');
  const newStatus = status?.trim();
  if (newStatus === undefined || !isFigureStatus(newStatus))
    return err(`请用 --status 写明人士的新状态：调离 或 退休${status === undefined ? '' : `（现为“${status}”）`}。`);
  return ok({ ...base, request: { kind: 'figure', figure: figure as string, on, status: newStatus, ...reasonOf } });
}
