/**
 * What `lianyi merge` prints: per returned file the rows added and skipped per sheet, the 记录编号
 * given to contacts that had none, each conflict with its place in both files and each rejected
 * row with its place and the reason, then the totals (or the same as one JSON object).
 */
import type { MergeOutcome } from '../app/mergeReturns';
import { mergePlaceText as placeText } from '../core/distribute/mergePlaceText';

const counts = (bySheet: Readonly<Record<string, number>>): string =>
  Object.entries(bySheet)
    .map(([sheet, count]) => `「${sheet}」${count} 行`)
    .join('、');

const total = (bySheet: Readonly<Record<string, number>>): number =>
  Object.values(bySheet).reduce((sum, count) => sum + count, 0);

const ids = (numbered: readonly string[]): string =>
  numbered.length > 3 ? `${numbered[0]} 至 ${numbered[numbered.length - 1]}` : numbered.join('、');

/** The terminal's report of a merge written to `out`. */
export function mergeSummary(outcome: MergeOutcome, out: string): string {
  const lines: string[] = [];
  for (const file of outcome.files) {
    const added = total(file.added) > 0 ? `新增 ${counts(file.added)}` : '没有新增';
    const skipped = total(file.skipped) > 0 ? `跳过 ${counts(file.skipped)}（台账中已有）` : '没有跳过';
    lines.push(`${file.file}${file.unit !== undefined ? `（${file.unit}的分发件）` : ''}：${added}；${skipped}。`);
    if (file.numbered.length > 0) lines.push(`  没有记录编号的联系记录已编号：${ids(file.numbered)}`);
    if (file.ignoredHeaders.length > 0) lines.push(`  以下列不是台账的列，没有汇总：${file.ignoredHeaders.join('、')}`);
    for (const conflict of outcome.conflicts.filter((candidate) => candidate.returned.file === file.file))
      lines.push(
        `  冲突：${conflict.sheet}编号“${conflict.id}”已有（${placeText(conflict.existing)} 为“${conflict.existing.value}”），交回的不同（${placeText(conflict.returned)} 为“${conflict.returned.value}”；不同的列：${conflict.headers.join('、')}）：没有汇总，请核对后在台账中改正。`,
      );
    for (const rejection of outcome.rejected.filter((candidate) => candidate.file === file.file))
      lines.push(`  未汇总：${placeText(rejection)}：${rejection.message}`);
  }
  const summary = [
    `新增 ${total(outcome.added)} 行`,
    `跳过 ${outcome.skipped} 行`,
    ...(outcome.conflicts.length > 0 ? [`冲突 ${outcome.conflicts.length} 处`] : []),
    ...(outcome.rejected.length > 0 ? [`未汇总 ${outcome.rejected.length} 行`] : []),
  ].join('，');
  lines.push(
    `合计：${summary}。已写入「${out}」${total(outcome.added) === 0 ? '（没有新增的行，内容与原台账相同）' : ''}。`,
  );
  return `${lines.join('\n')}\n`;
}

/** `--json`: `{ added: {sheet: n}, skipped: n, conflicts: [...], rejected: [...], files: [...] }`. */
export const mergeJson = (outcome: MergeOutcome): string =>
  `${JSON.stringify({
    added: outcome.added,
    skipped: outcome.skipped,
    conflicts: outcome.conflicts,
    rejected: outcome.rejected,
    files: outcome.files,
  })}\n`;
