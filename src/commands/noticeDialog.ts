/** How a ribbon command, which has no pane, tells the user its outcome: a small Office dialog. */

/** What the dialog says: a heading and one Chinese sentence. */
export interface Notice {
  readonly title: string;
  readonly message: string;
  /** Close the dialog by itself after this long (a result); without it the user closes it (a failure). */
  readonly autoCloseMs?: number;
}

/**
 * Shows a notice in notice.html through the Office dialog API and resolves once it is closed (by the user, or after
 * `autoCloseMs`). Resolves at once when no dialog can be shown (DialogApi missing, another dialog open, the user
 * declined it): the notice then only reaches the console, and the command still completes.
 */
export function showNotice(notice: Notice): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
      console.error(notice.message);
      resolve();
      return;
    }
    // The dialog must come from the add-in's own origin: notice.html sits beside commands.html.
    const url = new URL('notice.html', window.location.href);
    url.searchParams.set('title', notice.title);
    url.searchParams.set('message', notice.message);
    // displayInIframe: on the web the notice opens inside Excel instead of as a pop-up window a browser may block.
    Office.context.ui.displayDialogAsync(url.href, { height: 30, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        console.error(notice.message, opened.error.message);
        resolve();
        return;
      }
      const dialog = opened.value;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (close: boolean) => {
        if (timer !== undefined) clearTimeout(timer);
        if (close) dialog.close();
        resolve();
      };
      // notice.html's 知道了 button sends a message; closing the dialog with its X raises an event instead.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(true));
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
      if (notice.autoCloseMs !== undefined) timer = setTimeout(() => finish(true), notice.autoCloseMs);
    });
  });
}
