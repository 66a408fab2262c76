/** The options of `lianyi review`: the academic year (--year), the day, JSON, and the sheets' file (--out). */
import type { LocalDate } from '../core/localDate';
import { notXlsxOption } from './xlsxFileName';
import { err, ok, type Result } from '../core/result';

/** A parsed `lianyi review`. */
export interface ReviewCommand {
  readonly name: 'review';
  readonly file: string;
  readonly year: string;
  readonly today?: LocalDate;
  readonly json: boolean;
  /** A new workbook for the 年度考核 and 意见办理统计 sheets. */
  readonly out?: string;
  readonly force: boolean;
}

/** The usage lines of `lianyi review`, for --help. */
export const REVIEW_USAGE = `  lianyi review 文件.xlsx --year 2026-2027 [--today YYYY-MM-DD] [--json] [--out 考核.xlsx] [--force]
      年度考核：各单位本学年七项指标的完成率、得分、总分和扣分说明，及各承办部门的意见办理情况；
      --out 把「年度考核」「意见办理统计」两张表写入一个新的工作簿（可打印，含自评、审核得分栏）。`;

/** `lianyi review`'s options (parseArgs's values, already limited to the options it takes). */
export function parseReview(
  file: string,
  values: { readonly year?: string; readonly json?: boolean; readonly out?: string; readonly force?: boolean },
  today: LocalDate | undefined,
): Result<ReviewCommand, string> {
  if (values.year === undefined) return err('请用 --year 指定学年，例如 --year 2026-2027。');
  const wrongOut = notXlsxOption('out', values.out);
  if (wrongOut) return err(wrongOut);
  return ok({
    name: 'review',
    file,
    year: values.year,
    today,
    json: values.json ?? false,
    out: values.out,
    force: values.force ?? false,
  });
}
