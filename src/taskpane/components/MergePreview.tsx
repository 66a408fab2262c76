/**
 * What a 汇总 will do (or did), file by file: rows added and skipped, then each conflict with its
 * place in the ledger and in the returned file, and each rejected row with its place and why.
 */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { MergeOutcome } from '../../app/ledgerHost';
import { mergePlaceText } from '../../core/distribute/mergePlaceText';
import { useLayoutStyles } from './layout';

const total = (bySheet: Readonly<Record<string, number>>): number =>
  Object.values(bySheet).reduce((sum, count) => sum + count, 0);

/** Counts by sheet as the pane says them: 「联系记录」3 行 (or 无). */
const bySheetText = (bySheet: Readonly<Record<string, number>>): string =>
  Object.entries(bySheet)
    .map(([sheet, count]) => `「${sheet}」${count} 行`)
    .join('、') || '无';

/** The number of rows a merge adds, over all files. */
export const mergeAddedCount = (outcome: MergeOutcome): number => total(outcome.added);

/** The preview (or the outcome) of a merge as tables the user reads before applying it. */
export function MergePreview({ outcome, caption }: { readonly outcome: MergeOutcome; readonly caption: string }) {
  const layout = useLayoutStyles();
  const conflictsOf = (file: string) => outcome.conflicts.filter((conflict) => conflict.returned.file === file).length;
  const rejectedOf = (file: string) => outcome.rejected.filter((rejection) => rejection.file === file).length;
  return (
    <div className={layout.tight}>
      <Table size="small" aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>交回的文件</TableHeaderCell>
            <TableHeaderCell>新增</TableHeaderCell>
            <TableHeaderCell>跳过</TableHeaderCell>
            <TableHeaderCell>冲突</TableHeaderCell>
            <TableHeaderCell>未汇总</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {outcome.files.map((file) => (
            <TableRow key={file.file}>
              <TableCell>
                {file.file}
                {file.unit !== undefined ? `（${file.unit}的分发件）` : ''}
              </TableCell>
              <TableCell>{total(file.added)}</TableCell>
              <TableCell>{total(file.skipped)}</TableCell>
              <TableCell>{conflictsOf(file.file)}</TableCell>
              <TableCell>{rejectedOf(file.file)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {outcome.files.map(({ file, added, skipped, numbered, ignoredHeaders }) => (
        <div key={file}>
          <Text block size={200}>
            {file}：新增 {bySheetText(added)}；跳过 {bySheetText(skipped)}（台账中已有）。
          </Text>
          {numbered.length > 0 && (
            <Text block size={200}>
              没有记录编号的联系记录将编号为 {numbered.join('、')}。
            </Text>
          )}
          {ignoredHeaders.length > 0 && (
            <Text block size={200}>
              以下列不是台账的列，不汇总：{ignoredHeaders.join('、')}
            </Text>
          )}
        </div>
      ))}
      {outcome.conflicts.length > 0 && (
        <Table size="small" aria-label="冲突：编号相同、内容不同，不汇总">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>编号</TableHeaderCell>
              <TableHeaderCell>台账中</TableHeaderCell>
              <TableHeaderCell>交回的</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {outcome.conflicts.map((conflict) => (
              <TableRow key={`${conflict.sheet} ${conflict.id} ${mergePlaceText(conflict.returned)}`}>
                <TableCell>
                  {conflict.sheet} {conflict.id}（不同的列：{conflict.headers.join('、')}）
                </TableCell>
                <TableCell>
                  {mergePlaceText(conflict.existing)}：“{conflict.existing.value}”
                </TableCell>
                <TableCell>
                  {mergePlaceText(conflict.returned)}：“{conflict.returned.value}”
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {outcome.rejected.length > 0 && (
        <Table size="small" aria-label="未汇总的行：请改正交回的文件后再汇总">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>位置</TableHeaderCell>
              <TableHeaderCell>原因</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {outcome.rejected.map((rejection) => (
              <TableRow key={`${mergePlaceText(rejection)} ${rejection.code}`}>
                <TableCell>{mergePlaceText(rejection)}</TableCell>
                <TableCell>{rejection.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
