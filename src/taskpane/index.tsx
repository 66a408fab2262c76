/**
 * The task pane's entry. Inside Excel the pane works on the open workbook through Office.js; in a
 * plain browser it is the browser preview, working on an .xlsx the user opens. The preview's host
 * (and exceljs with it) is imported lazily, so the add-in itself never loads it.
 */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../workbook/office/officeHost';
import { detectEnvironment, initialViewFrom, previewToday } from './boot/environment';
import { LedgerPane } from './components/LedgerPane';
import { PaneFrame } from './components/PaneFrame';
import { type OpenPreview, PreviewApp } from './components/PreviewApp';

async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const initialView = initialViewFrom(window.location.search);
  const environment = await detectEnvironment();
  if (environment.inExcel) {
    root.render(
      <PaneFrame dark={environment.dark}>
        <LedgerPane host={createOfficeHost()} initialView={initialView} />
      </PaneFrame>,
    );
    return;
  }
  const today = previewToday(window.location.search);
  const openPreview: OpenPreview = async (file) => {
    const { createPreviewHost } = await import(/* webpackChunkName: "preview" */ './preview/previewHost');
    if (file !== 'sample') return createPreviewHost(file.bytes, { today, fileName: file.name });
    return createPreviewHost(undefined, { today, sample: true });
  };
  root.render(<PreviewApp dark={environment.dark} openPreview={openPreview} initialView={initialView} />);
}

const container = document.getElementById('root');
document.body.style.margin = '0';
if (container) void start(container);
