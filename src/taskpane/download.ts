/** How the pane hands over a file it made (the preview's report, forms and updated ledger; 分发's .zip in both hosts). */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers bytes as a file download from the page itself: a Blob URL, never a request to anywhere. */
export function saveBytes(fileName: string, bytes: Uint8Array): void {
  const type = /\.zip$/i.test(fileName)
    ? 'application/zip'
    : /\.csv$/i.test(fileName)
      ? 'text/csv;charset=utf-8'
      : XLSX_TYPE;
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
