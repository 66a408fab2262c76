/** Progress of long work with its cancel button: what is being done, how far, and a way to stop before anything is written. */
import { Button, Field, ProgressBar } from '@fluentui/react-components';
import { useLayoutStyles } from './layout';
import type { WorkProgress } from './useLongWork';

interface Props {
  /** What is being done, e.g. 正在生成各单位的台账. */
  readonly label: string;
  /** What `done` counts, e.g. 个单位, 个文件. */
  readonly counting: string;
  readonly progress: WorkProgress | undefined;
  readonly onCancel: () => void;
}

/** A progress bar (indeterminate until the host reports) and 取消. */
export function WorkProgressBar({ label, counting, progress, onCancel }: Props) {
  const layout = useLayoutStyles();
  const known = progress !== undefined && progress.total > 0;
  return (
    <div className={layout.tight}>
      <Field
        label={label}
        validationState="none"
        validationMessage={known ? `已完成 ${progress.done} / ${progress.total} ${counting}` : '请稍候…'}
      >
        <ProgressBar value={known ? progress.done / progress.total : undefined} />
      </Field>
      <div className={layout.row}>
        <Button onClick={onCancel}>取消</Button>
      </div>
    </div>
  );
}
