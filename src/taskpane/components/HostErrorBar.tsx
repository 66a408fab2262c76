/** The one way a view shows a host's failure, so every failure reads alike across the pane. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { failureTitle } from '../../core/failures';
import type { Failure } from '../../app/ledgerHost';

/** A cancel the user asked for is news, not an error. */
const CANCELLED: ReadonlySet<Failure['kind']> = new Set(['cancelled', 'cancelledBeforeWriting']);

/** A host's failure as the user reads it: what happened (the catalog's heading), and the sentence on what to do. */
export function HostErrorBar({ error }: { readonly error: Failure | undefined }) {
  if (!error) return null;
  return (
    <MessageBar intent={CANCELLED.has(error.kind) ? 'info' : 'error'} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{failureTitle(error.kind)}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
    </MessageBar>
  );
}
