/** The command line's grammar: the commands, the options each takes, and the usage text. */
import { parseArgs } from 'node:util';
import { type LocalDate, parseIsoDate } from '../core/localDate';
import { isXlsxName, notXlsxOption } from './xlsxFileName';
import { err, ok, type Result } from '../core/result';
import { HANDOVER_USAGE, type HandoverCommand, parseHandover } from './handoverArgs';
import { parseReview, REVIEW_USAGE, type ReviewCommand } from './reviewArgs';

/** A parsed command line; an option its command does not take is refused, not ignored. */
export type Command =
  | { readonly name: 'help' }
  | {
      readonly name: 'init';
      readonly file: string;
      readonly sample: boolean;
      readonly force: boolean;
      readonly today?: LocalDate;
    }
  | {
      readonly name: 'check';
      readonly file: string;
      readonly semester?: string;
      readonly today?: LocalDate;
      readonly json: boolean;
      readonly report?: string;
      readonly force: boolean;
    }
  | {
      readonly name: 'forms';
      readonly file: string;
      readonly semester: string;
      readonly unit?: string;
      readonly pairingIds?: readonly string[];
      readonly out: string;
      readonly today?: LocalDate;
      readonly force: boolean;
    }
  | {
      readonly name: 'upgrade';
      readonly file: string;
      readonly out: string;
      readonly today?: LocalDate;
      readonly force: boolean;
    }
  | {
      readonly name: 'split';
      readonly file: string;
      readonly outDir: string;
      /** The units asked for (each --unit); all units when absent. */
      readonly units?: readonly string[];
      readonly today?: LocalDate;
      readonly force: boolean;
    }
  | {
      readonly name: 'merge';
      readonly file: string;
      /** The returned files, in the order given: units' copies, ledger-shaped .xlsx, form .csv. */
      readonly returned: readonly string[];
      readonly out: string;
      readonly json: boolean;
      readonly today?: LocalDate;
      readonly force: boolean;
    }
  | {
      readonly name: 'remind';
      readonly file: string;
      readonly semester?: string;
      /** The units asked for (each --unit); every unit with something to chase when absent. */
      readonly units?: readonly string[];
      readonly out: string;
      readonly today?: LocalDate;
      readonly force: boolean;
    }
  | HandoverCommand
  | ReviewCommand;

/** What `lianyi --help` prints, exit codes included. */
export const USAGE = `用法：
  lianyi init 文件.xlsx [--sample] [--force]
      新建一份空白台账（--sample：填入虚构的示例数据，便于试用）。
  lianyi check 文件.xlsx [--semester 学期编号] [--today YYYY-MM-DD] [--json] [--report 报告.xlsx] [--force]
      检查某学期的联系与全覆盖情况（默认：包含今天的学期）。台账文件只读，不会被修改。
      --json 输出 JSON；--report 把检查结果写入一个新的工作簿。
  lianyi forms 文件.xlsx --semester 学期编号 [--unit 单位名称] [--pairing 结对编号…] --out 登记表.xlsx [--force]
      生成该学期每个结对的《联谊交友情况登记表》，每份一个工作表，写入新的工作簿。
  lianyi remind 文件.xlsx [--semester 学期编号] [--today YYYY-MM-DD] [--unit 单位名称…] --out 催办单.xlsx [--force]
      催办单：每个有待办事项的单位一页（未完成联系的结对、未走访的重大节日、逾期或即将到期的意见办理），写入新的工作簿。
  lianyi upgrade 文件.xlsx --out 新台账.xlsx [--force]
      把旧台账升级到当前版本：补上缺少的工作表、列（加在表格右侧）和设置项，写入新文件；原有内容一概不动。
${HANDOVER_USAGE}
${REVIEW_USAGE}
  lianyi split 文件.xlsx --out-dir 文件夹 [--unit 单位名称…] [--force]
      分发：每个单位一份只含本单位结对、人员和联系记录的台账（文件夹/单位.xlsx），敏感列留空。
  lianyi merge 文件.xlsx 交回的文件… --out 汇总后.xlsx [--json] [--force]
      汇总：把各单位交回的台账或表单导出的 CSV 中新增的行加入台账，写入新文件；冲突和有错的行逐条列出，不汇总。
  已存在的输出文件不会被覆盖，除非加 --force。
退出码：0 全部符合要求；1 检查发现缺口或错误；2 无法读取输入或参数有误。`;

const OPTIONS = {
  sample: { type: 'boolean' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  semester: { type: 'string' },
  today: { type: 'string' },
  report: { type: 'string' },
  unit: { type: 'string', multiple: true },
  pairing: { type: 'string', multiple: true },
  out: { type: 'string' },
  'out-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  leader: { type: 'string' },
  figure: { type: 'string' },
  on: { type: 'string' },
  successor: { type: 'string' },
  'end-only': { type: 'boolean' },
  reason: { type: 'string' },
  status: { type: 'string' },
  year: { type: 'string' },
} as const;

const COMMANDS = ['init', 'check', 'forms', 'remind', 'upgrade', 'handover', 'split', 'merge', 'review'] as const;
const ALLOWED: Record<(typeof COMMANDS)[number], ReadonlyArray<keyof typeof OPTIONS>> = {
  init: ['sample', 'force', 'today'],
  check: ['semester', 'today', 'json', 'report', 'force'],
  forms: ['semester', 'unit', 'pairing', 'out', 'today', 'force'],
  remind: ['semester', 'unit', 'out', 'today', 'force'],
  upgrade: ['out', 'today', 'force'],
  handover: ['leader', 'figure', 'on', 'successor', 'end-only', 'reason', 'status', 'out', 'today', 'force'],
  split: ['out-dir', 'unit', 'today', 'force'],
  merge: ['out', 'json', 'today', 'force'],
  review: ['year', 'out', 'json', 'today', 'force'],
};

const isCommand = (name: string): name is (typeof COMMANDS)[number] => (COMMANDS as readonly string[]).includes(name);

/** Node's English reason for refusing the arguments, said in Chinese (its codes are stable, its wording is not). */
function parseProblem(cause: unknown, argv: readonly string[]): string {
  const code = (cause as { code?: string }).code;
  const written =
    /'(-{1,2}[^'\s,]+)/.exec(cause instanceof Error ? cause.message : '')?.[1] ??
    argv.find((arg) => arg.startsWith('-')) ??
    '';
  // `--json=yes` is named as `--json`.
  const option = written.split('=')[0] ?? written;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知的选项“${option}”`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return OPTIONS[option.replace(/^-+/, '') as keyof typeof OPTIONS]?.type === 'string'
        ? `选项“${option}”后面要写一个值`
        : `选项“${option}”不接受值`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return '多余的参数';
    default:
      return '无法理解这些参数';
  }
}

/** Turns argv into a command, or a one-line Chinese reason why it cannot (exit code 2). */
export function parseCommand(argv: readonly string[]): Result<Command, string> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (cause) {
    return err(`参数有误：${parseProblem(cause, argv)}。运行 lianyi --help 查看用法。`);
  }
  const { values, positionals, tokens } = parsed;
  // parseArgs keeps the last of a repeated option silently; a user who wrote two meant something else.
  const seen = new Set<string>();
  const repeatable = positionals[0] === 'split' || positionals[0] === 'remind' ? ['pairing', 'unit'] : ['pairing'];
  for (const token of tokens) {
    if (token.kind !== 'option' || OPTIONS[token.name as keyof typeof OPTIONS]?.type !== 'string') continue;
    if (!repeatable.includes(token.name) && seen.has(token.name))
      return err(`选项 --${token.name} 只能写一次。运行 lianyi --help 查看用法。`);
    seen.add(token.name);
  }
  const [name, file, ...extra] = positionals;
  if (values.help || name === undefined || name === 'help') return ok({ name: 'help' });
  if (!isCommand(name))
    return err(`未知的命令“${name}”：可用的命令是 ${COMMANDS.join('、')}。运行 lianyi --help 查看用法。`);
  const misplaced = (Object.keys(values) as Array<keyof typeof OPTIONS>).filter(
    (option) => option !== 'help' && !ALLOWED[name].includes(option),
  );
  if (misplaced.length > 0) return err(`lianyi ${name} 不接受 --${misplaced[0]} 选项。运行 lianyi --help 查看用法。`);
  if (file === undefined) return err(`请指定台账文件，例如：lianyi ${name} 台账.xlsx`);
  if (extra.length > 0 && name !== 'merge') return err(`多余的参数“${extra.join(' ')}”：一次只处理一个台账文件。`);
  let today: LocalDate | undefined;
  if (values.today !== undefined) {
    today = parseIsoDate(values.today);
    if (!today) return err(`--today 的值“${values.today}”不是有效日期：请写成 YYYY-MM-DD，例如 2026-11-23。`);
  }
  if (!isXlsxName(file) && name === 'init') return err(`台账文件名应以 .xlsx 结尾：${file}`);
  if (name === 'init') return ok({ name, file, sample: values.sample ?? false, force: values.force ?? false, today });
  if (name === 'handover') return parseHandover(file, values, today);
  if (name === 'review') return parseReview(file, values, today);
  const wrongOutput = name === 'check' ? notXlsxOption('report', values.report) : notXlsxOption('out', values.out);
  if (wrongOutput) return err(wrongOutput);
  if (name === 'upgrade') {
    if (values.out === undefined) return err('请用 --out 指定升级后的新文件，例如 --out 新台账.xlsx。');
    return ok({ name, file, out: values.out, today, force: values.force ?? false });
  }
  if (name === 'split') {
    const outDir = values['out-dir'];
    if (outDir === undefined) return err('请用 --out-dir 指定放分发文件的文件夹，例如 --out-dir 分发。');
    return ok({ name, file, outDir, units: values.unit, today, force: values.force ?? false });
  }
  if (name === 'merge') {
    if (extra.length === 0)
      return err(
        '请指定要汇总的文件（各单位交回的台账或表单导出的 CSV），例如：lianyi merge 台账.xlsx 艺术学院.xlsx --out 汇总后.xlsx',
      );
    if (values.out === undefined) return err('请用 --out 指定汇总后的新文件，例如 --out 汇总后.xlsx。');
    return ok({
      name,
      file,
      returned: extra,
      out: values.out,
      json: values.json ?? false,
      today,
      force: values.force ?? false,
    });
  }
  if (name === 'remind') {
    if (values.out === undefined) return err('请用 --out 指定输出文件，例如 --out 催办单.xlsx。');
    return ok({
      name,
      file,
      semester: values.semester,
      units: values.unit,
      out: values.out,
      today,
      force: values.force ?? false,
    });
  }
  if (name === 'forms') {
    if (values.semester === undefined) return err('请用 --semester 指定学期，例如 --semester 2026-2027-1。');
    if (values.out === undefined) return err('请用 --out 指定输出文件，例如 --out 登记表.xlsx。');
    const pairingIds = values.pairing?.flatMap((ids) => ids.split(/[,，、\s]+/)).filter((id) => id !== '');
    return ok({
      name,
      file,
      semester: values.semester,
      unit: values.unit?.[0],
      pairingIds,
      out: values.out,
      today,
      force: values.force ?? false,
    });
  }
  return ok({
    name,
    file,
    semester: values.semester,
    today,
    json: values.json ?? false,
    report: values.report,
    force: values.force ?? false,
  });
}
