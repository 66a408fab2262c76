import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { HostError } from '../ledgerHost';

const TITLES: Record<HostError['kind'], string> = {
  notLedger: '这不是台账',
  payloadTooLarge: '内容太多，未能全部写入',
  busy: 'Excel 正忙',
  cancelled: '已取消',
  unexpected: '出错了',
};

/** A host's error as the user reads it: what happened, and the host's sentence on what to do. */
export function HostErrorBar({ error }: { readonly error: HostError | undefined }) {
  if (!error) return null;
  return (
    <MessageBar intent={error.kind === 'cancelled' ? 'info' : 'error'} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{TITLES[error.kind]}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
    </MessageBar>
  );
}
