/**
 * The function file of the ribbon (commands.html). 覆盖检查 (ExecuteFunction `runCoverageCheck`) checks the current
 * semester and writes the 覆盖检查 sheet without opening the task pane; the Office.js work is
 * runCoverageCheckCommand's, this file only connects it to the button and tells the user how it went.
 */
import { failure, failureTitle } from '../core/failures';
import { runCoverageCheckCommand } from '../workbook/office/coverageCommand';
import { showNotice } from './noticeDialog';

/** How long the summary of a finished check stays up; a failure stays until the user closes it. */
const RESULT_SHOWN_MS = 10_000;

/**
 * The handler of 覆盖检查. An ExecuteFunction command has no surface of its own in Excel (Office's notification
 * messages are Outlook's; Office.addin.showAsTaskpane needs a shared runtime, which this manifest does not declare),
 * so the outcome is shown in a small dialog, notice.html: the one-line summary for a while, a failure until it is
 * closed. Office is told the command finished only after the dialog has closed, since completing ends the function
 * file and would take the dialog with it; it is told in every case.
 */
export async function runCoverageCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const result = await runCoverageCheckCommand();
    await showNotice(
      result.ok
        ? { title: '覆盖检查完成', message: result.message, autoCloseMs: RESULT_SHOWN_MS }
        : { title: failureTitle('ribbonUnexpected'), message: result.message },
    );
  } catch (error) {
    const failed = failure('ribbonUnexpected', { detail: error instanceof Error ? error.message : String(error) });
    await showNotice({ title: failureTitle(failed.kind), message: failed.message });
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('runCoverageCheck', runCoverageCheck);
});
