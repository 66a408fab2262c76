/**
 * The task pane's entry. Inside Excel the pane works on the open workbook through Office.js; in a
 * plain browser it is the browser preview, working on an .xlsx the user opens. The preview's host
 * (and exceljs with it) is imported lazily, so the add-in itself never loads it. The pane shows a
 * loading line at once, while it finds out where it runs.
 */
import { Spinner } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../workbook/office/officeHost';
import { detectEnvironment, initialViewFrom, prefersDark, previewToday } from './boot/environment';
import { LedgerPane } from './components/LedgerPane';
import { PaneFrame } from './components/PaneFrame';
import { type OpenPreview, PreviewApp } from './components/PreviewApp';
import { pageStorage, preferencePrefix, PreferencesProvider, storagePreferences } from './preferences';

async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  root.render(
    <PaneFrame dark={prefersDark()}>
      <Spinner size="tiny" labelPosition="after" label="正在载入…" data-testid="pane-loading" />
    </PaneFrame>,
  );
  const initialView = initialViewFrom(window.location.search);
  const environment = await detectEnvironment();
  const preferences = storagePreferences(pageStorage(), preferencePrefix(environment.inExcel));
  if (environment.inExcel) {
    root.render(
      <PreferencesProvider value={preferences}>
        <PaneFrame dark={environment.dark}>
          <LedgerPane host={createOfficeHost()} initialView={initialView} />
        </PaneFrame>
      </PreferencesProvider>,
    );
    return;
  }
  const today = previewToday(window.location.search);
  const openPreview: OpenPreview = async (file, progress) => {
    progress?.({ stage: 'loading' });
    const { createPreviewHost } = await import(/* webpackChunkName: "preview" */ './preview/previewHost');
    if (file !== 'sample') return createPreviewHost(file.bytes, { today, fileName: file.name, progress });
    return createPreviewHost(undefined, { today, sample: true });
  };
  root.render(
    <PreferencesProvider value={preferences}>
      <PreviewApp dark={environment.dark} openPreview={openPreview} initialView={initialView} />
    </PreferencesProvider>,
  );
}

const container = document.getElementById('root');
document.body.style.margin = '0';
if (container) void start(container);
