/**
 * 导出数据问题: the check's data problems alone as a CSV file (core/report/problemsCsv), for the
 * person who corrects the ledger to sort and tick off — without the whole report around them.
 * Made in the page and saved by the browser, in Excel as in the preview.
 */
import { Button } from '@fluentui/react-components';
import type { CheckResult } from '../../core/check/checkResult';
import { problemsCsv, problemsCsvName } from '../../core/report/problemsCsv';
import { saveBytes } from '../download';
import { useAnnounce } from './Announcer';
import { useLayoutStyles } from './layout';

interface Props {
  readonly result: CheckResult;
  /** How the bytes reach the user; a Blob download unless a test watches it. */
  readonly save?: (fileName: string, bytes: Uint8Array) => void;
}

/** The button; nothing when the check found no data problem. */
export function ProblemsExport({ result, save = saveBytes }: Props) {
  const layout = useLayoutStyles();
  const announce = useAnnounce();
  if (result.problems.length === 0) return null;
  const exportProblems = () => {
    const name = problemsCsvName(result);
    save(name, new TextEncoder().encode(problemsCsv(result)));
    announce(`已导出 ${result.problems.length} 条数据问题到「${name}」。`);
  };
  return (
    <div className={layout.row}>
      <Button onClick={exportProblems}>导出数据问题（CSV，{result.problems.length} 条）</Button>
    </div>
  );
}
