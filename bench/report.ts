import { textTable } from '../src/cli/textTable';
import type { ScaleResult } from './measureScale';
import type { Timing } from './timing';

/** A target of the issue: a stage of one scale must take less than `limitMs` (judged on the median). */
export interface Target {
  readonly name: string;
  readonly scale: string;
  readonly stage: 'core' | 'cli';
  readonly limitMs: number;
}

export interface TargetResult extends Target {
  readonly medianMs: number;
  readonly bestMs: number;
  readonly met: boolean;
}

export const TARGETS: readonly Target[] = [
  { name: '核心检查 core check (readLedger + runCheck), 200k 联系', scale: '10k', stage: 'core', limitMs: 400 },
  { name: 'lianyi check 端到端 end-to-end, 20k 联系', scale: '1k', stage: 'cli', limitMs: 5000 },
];

/** A target on the ratio new/old of `lianyi check` (the old one reads with exceljs), judged on the medians. */
export interface RatioTarget {
  readonly name: string;
  readonly scale: string;
  readonly measure: 'time' | 'memory';
  readonly limit: number;
}

export const RATIO_TARGETS: readonly RatioTarget[] = [
  { name: 'lianyi check 时间 time new/old, 200k 联系', scale: '10k', measure: 'time', limit: 0.25 },
  { name: 'lianyi check 峰值内存 peak memory new/old, 200k 联系', scale: '10k', measure: 'memory', limit: 0.35 },
  { name: 'lianyi check 时间 time new/old, 3k 联系', scale: '300', measure: 'time', limit: 0.6 },
];

/** new/old of a scale's `lianyi check`, in time (medians) or in peak memory. */
export function ratioOf(scale: ScaleResult, measure: RatioTarget['measure']): number | undefined {
  if (measure === 'time') return scale.cliExceljs.median > 0 ? scale.cli.median / scale.cliExceljs.median : undefined;
  const [now, before] = [scale.cli.maxRssMb, scale.cliExceljs.maxRssMb];
  return now !== undefined && before !== undefined && before > 0 ? now / before : undefined;
}

const ratioText = (ratio: number | undefined): string => (ratio === undefined ? '?' : `${ratio.toFixed(2)}×`);

export function judgeTargets(results: readonly ScaleResult[]): TargetResult[] {
  return TARGETS.flatMap((target) => {
    const result = results.find((scale) => scale.label === target.scale);
    if (!result) return [];
    const timing = target.stage === 'core' ? result.core : result.cli;
    const cliFailed = target.stage === 'cli' && result.cli.failures.length > 0;
    return [
      { ...target, medianMs: timing.median, bestMs: timing.best, met: !cliFailed && timing.median < target.limitMs },
    ];
  });
}

export const formatMs = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`);
const formatMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const thousands = (n: number): string => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** "best / median", or the one figure of a single run. */
function bestMedian(timing: Pick<Timing, 'best' | 'median'> & { runs?: readonly number[] }): string {
  if (timing.runs?.length === 1) return `${formatMs(timing.best)} (1 run)`;
  return `${formatMs(timing.best)} / ${formatMs(timing.median)}`;
}

const verdict = (target: TargetResult | undefined, scale: ScaleResult): string =>
  target
    ? `${thousands(scale.size.contacts)}: < ${formatMs(target.limitMs)} ${target.met ? '✓ 达标 met' : '✗ 未达标 NOT met'}`
    : '';

/** The compact table printed at the end of the bench. */
export function reportLines(results: readonly ScaleResult[], targets: readonly TargetResult[]): string[] {
  const targetOf = (stage: Target['stage']) => (scale: ScaleResult) =>
    targets.find((target) => target.stage === stage && target.scale === scale.label);
  const cell = (format: (scale: ScaleResult) => string) => results.map(format);
  const targetCell = (stage: Target['stage']) =>
    results
      .map((scale) => verdict(targetOf(stage)(scale), scale))
      .filter((text) => text !== '')
      .join('; ');
  const rows: string[][] = [
    [
      '指标 metric',
      ...cell(
        (scale) =>
          `${thousands(scale.size.figures)} 人士 / ${thousands(scale.size.pairings)} 结对 / ${thousands(scale.size.contacts)} 联系`,
      ),
      '目标 target',
    ],
    [
      '故意出错的行 bad rows',
      ...cell((scale) => String(Object.values(scale.badRows).reduce((sum, n) => sum + n, 0))),
      '',
    ],
    ['生成 generate rows', ...cell((scale) => formatMs(scale.generateMs)), ''],
    ['写入 write xlsx', ...cell((scale) => `${formatMs(scale.writeMs)} (${scale.writer})`), ''],
    ['文件大小 xlsx size', ...cell((scale) => formatMb(scale.fileBytes)), ''],
    ['readXlsxCells 读单元格 best / median', ...cell((scale) => bestMedian(scale.readXlsx)), ''],
    ['  exceljs 读单元格 (old) best / median', ...cell((scale) => bestMedian(scale.readXlsxExceljs)), ''],
    ['  读取 read new/old', ...cell((scale) => ratioText(scale.readXlsx.median / scale.readXlsxExceljs.median)), ''],
    ['readLedger 单元格→台账 best / median', ...cell((scale) => bestMedian(scale.readLedger)), ''],
    ['runCheck R1–R7 best / median', ...cell((scale) => bestMedian(scale.runCheck)), ''],
    ['核心合计 core = 上两项 best / median', ...cell((scale) => bestMedian(scale.core)), targetCell('core')],
    ['  核心首次运行 core, first run (V8 compiling)', ...cell((scale) => formatMs(scale.core.first)), ''],
    [
      'lianyi check 端到端 best / median',
      ...cell((scale) => `${bestMedian(scale.cli)}${scale.cli.failures.length > 0 ? ' FAILED' : ''}`),
      targetCell('cli'),
    ],
    ['CLI 退出码 exit codes', ...cell((scale) => scale.cli.exitCodes.join(',')), ''],
    [
      'CLI 峰值内存 peak RSS',
      ...cell((scale) => (scale.cli.maxRssMb === undefined ? '?' : `${Math.round(scale.cli.maxRssMb)} MB`)),
      '',
    ],
    ['  exceljs 读取时 (old) best / median', ...cell((scale) => bestMedian(scale.cliExceljs)), ''],
    [
      '  exceljs 读取时峰值内存 (old) peak RSS',
      ...cell((scale) =>
        scale.cliExceljs.maxRssMb === undefined ? '?' : `${Math.round(scale.cliExceljs.maxRssMb)} MB`,
      ),
      '',
    ],
    ['  时间 time new/old', ...cell((scale) => ratioText(ratioOf(scale, 'time'))), ''],
    [
      '  堆上限 512 MB heap cap',
      ...cell(
        (scale) => `${scale.cliHeap512.ok ? '✓' : '✗'} ${scale.cliHeap512.detail}, ${formatMs(scale.cliHeap512.ms)}`,
      ),
      '',
    ],
    ['  峰值内存 memory new/old', ...cell((scale) => ratioText(ratioOf(scale, 'memory'))), ''],
    [
      '问题 problems err/warn/info',
      ...cell((scale) =>
        ['error', 'warning', 'info'].map((severity) => scale.check.problems[severity] ?? 0).join(' / '),
      ),
      '',
    ],
  ];
  const lines = textTable(rows);
  lines.push('', '  目标 targets (judged on the median):');
  for (const target of targets)
    lines.push(
      `  ${target.met ? '✓' : '✗'} ${target.name} < ${formatMs(target.limitMs)}: median ${formatMs(target.medianMs)}, best ${formatMs(target.bestMs)} — ${target.met ? '达标 met' : '未达标 NOT met'}`,
    );
  for (const target of RATIO_TARGETS) {
    const scale = results.find((candidate) => candidate.label === target.scale);
    const ratio = scale && ratioOf(scale, target.measure);
    const met = ratio !== undefined && ratio <= target.limit;
    lines.push(
      `  ${met ? '✓' : '✗'} ${target.name} ≤ ${target.limit}×: ${ratioText(ratio)} — ${met ? '达标 met' : '未达标 NOT met'}`,
    );
  }
  for (const scale of results)
    for (const failure of scale.cli.failures) lines.push(`  ✗ lianyi check on ${scale.file} failed: ${failure}`);
  return lines;
}
