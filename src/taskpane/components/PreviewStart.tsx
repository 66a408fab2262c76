/**
 * The browser preview's first screen, shown until a ledger file (or the sample) is open: one clear
 * button that opens the file picker, a drop zone for a file dragged from the desktop or an e-mail,
 * the sample for those without a ledger, and a progress line while a big file is read.
 */
import { Button, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { type ChangeEvent, type DragEvent, useRef, useState } from 'react';
import type { Failure } from '../../app/ledgerHost';
import type { OpenStep } from '../preview/previewHost';
import { HostErrorBar } from './HostErrorBar';
import { useLayoutStyles } from './layout';

/** How far opening got, as the progress line says it. */
export type OpenProgress = { readonly stage: 'file'; readonly bytes: number } | OpenStep;

interface Props {
  readonly busy: boolean;
  readonly progress?: OpenProgress;
  readonly error: Failure | undefined;
  readonly onOpen: (file: File) => void;
  readonly onTrySample: () => void;
}

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: { display: 'none' },
});

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The progress line: what is being done now, and how far when that is known. */
export function openProgressText(progress: OpenProgress | undefined): string {
  if (!progress) return '正在读取…';
  switch (progress.stage) {
    case 'file':
      return `正在读取文件（${megabytes(progress.bytes)}）…`;
    case 'loading':
      return '正在载入预览程序…';
    case 'sheet':
      return `正在读取工作表 ${progress.done + 1} / ${progress.total}：${progress.sheet}…`;
  }
}

/** The preview's first screen: open a ledger .xlsx (read here, in the browser) by button or by dropping it, or try the sample. */
export function PreviewStart({ busy, progress, error, onOpen, onTrySample }: Props) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onOpen(file);
    event.target.value = '';
  };
  const dragOver = (event: DragEvent) => {
    if (busy || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onOpen(file);
  };
  const fraction = progress?.stage === 'sheet' && progress.total > 0 ? progress.done / progress.total : undefined;

  return (
    <div className={layout.stack} data-testid="pane-ready">
      <Text>
        浏览器预览：打开一份台账
        .xlsx，运行检查，下载检查报告或登记表；填报、升级后可下载更新后的台账（另存为新文件）。文件只在本机浏览器中读取，不会上传到任何地方。
      </Text>
      <div
        className={`${styles.drop} ${dragging ? styles.dragging : ''}`}
        onDragOver={dragOver}
        onDragEnter={dragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="drop-zone"
      >
        <Button appearance="primary" size="large" disabledFocusable={busy} onClick={() => input.current?.click()}>
          打开台账文件（.xlsx）
        </Button>
        <Text className={layout.hint}>或把台账文件拖到这里。</Text>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept={XLSX_TYPES}
          aria-label="台账文件（.xlsx）"
          onChange={chosen}
          tabIndex={-1}
        />
      </div>
      <div className={layout.row}>
        <Button onClick={onTrySample} disabledFocusable={busy}>
          没有台账？用示例台账试用
        </Button>
      </div>
      <Text size={200} className={layout.hint}>
        在 Excel 中使用时，请从「开始」选项卡的「台账面板」打开。
      </Text>
      {busy && (
        <div className={layout.tight} data-testid="open-progress">
          <Text>{openProgressText(progress)}</Text>
          <ProgressBar value={fraction} aria-label="打开进度" />
        </div>
      )}
      <HostErrorBar error={error} />
    </div>
  );
}
