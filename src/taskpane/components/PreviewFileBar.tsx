/**
 * The browser preview's bar beside the title: the opened file, how many changes in it are not
 * downloaded yet, 下载更新后的台账, and 打开其他文件 — which asks first when changes would be lost.
 */
import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { LedgerHost } from '../../app/ledgerHost';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { DownloadButton } from './DownloadButton';
import { useLayoutStyles } from './layout';
import { unsavedText, useUnsaved } from './useUnsaved';

/** What the question says: how many changes in which file would be lost, and how to keep them. */
const discardQuestion = (name: string, count: number): string =>
  `「${name}」中有 ${count} 处更改还没有下载保存。打开其他文件后，这些更改将丢失；要保留它们，请先点“取消”，再点“下载更新后的台账”。`;

interface Props {
  readonly host: LedgerHost;
  /** The opened file's name (or the sample's). */
  readonly name: string;
  /** Back to the file picker; called once the user agreed to lose what was not downloaded. */
  readonly onOpenOther: () => void;
  /** How the bytes reach the user; a Blob download unless a test watches it. */
  readonly save?: (fileName: string, bytes: Uint8Array) => void;
}

/** The opened file and its unsaved changes: the count is announced to screen readers as it changes. */
export function PreviewFileBar({ host, name, onOpenOther, save }: Props) {
  const layout = useLayoutStyles();
  const unsaved = useUnsaved(host);
  const [asking, setAsking] = useState(false);
  const count = unsaved?.count ?? 0;
  const openOther = () => (count > 0 ? setAsking(true) : onOpenOther());

  return (
    <div className={layout.tight}>
      <Text size={200}>
        浏览器预览 · {name}{' '}
        <Button size="small" appearance="transparent" onClick={openOther}>
          打开其他文件
        </Button>
      </Text>
      <Text
        size={200}
        weight={count > 0 ? 'semibold' : 'regular'}
        role="status"
        aria-live="polite"
        data-testid="unsaved-status"
      >
        {unsaved ? unsavedText(unsaved) : ''}
      </Text>
      <DownloadButton
        host={host}
        what="ledger"
        label="下载更新后的台账"
        appearance={count > 0 ? 'primary' : 'secondary'}
        save={save}
      />
      <DiscardChangesDialog
        open={asking}
        question={discardQuestion(name, count)}
        onCancel={() => setAsking(false)}
        onDiscard={() => {
          setAsking(false);
          onOpenOther();
        }}
      />
    </div>
  );
}
