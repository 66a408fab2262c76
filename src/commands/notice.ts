/**
 * notice.html: shows the `title` and `message` query parameters (as text, never as markup) and a 知道了 button that
 * asks the page which opened the dialog to close it. Styles are set through the DOM, so the page needs no stylesheet.
 */

const FONT = '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Segoe UI", sans-serif';

function render(heading: string, message: string): void {
  const root = document.getElementById('notice') ?? document.body;
  Object.assign(root.style, {
    fontFamily: FONT,
    fontSize: '14px',
    lineHeight: '1.6',
    padding: '16px 20px',
    color: '#242424',
  });

  const title = document.createElement('h1');
  title.textContent = heading === '' ? '联谊交友台账' : heading;
  Object.assign(title.style, { fontSize: '16px', margin: '0 0 8px', color: '#C00000' });

  const text = document.createElement('p');
  text.textContent = message === '' ? '操作没有完成。' : message;
  Object.assign(text.style, { margin: '0 0 16px', whiteSpace: 'pre-wrap' });

  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '知道了';
  Object.assign(close.style, {
    fontFamily: FONT,
    fontSize: '14px',
    padding: '4px 20px',
    border: '1px solid #C00000',
    borderRadius: '4px',
    background: '#C00000',
    color: '#FFFFFF',
    cursor: 'pointer',
  });
  close.addEventListener('click', () => {
    try {
      Office.context.ui.messageParent('close');
    } catch {
      window.close(); // opened outside Office
    }
  });

  root.replaceChildren(title, text, close);
  close.focus();
}

Office.onReady(() => {
  const query = new URLSearchParams(window.location.search);
  render(query.get('title') ?? '', query.get('message') ?? '');
});
