/**
 * @jest-environment jsdom
 */
// The ribbon's function file against a stand-in for Office.js: the handler is associated, the command always
// completes, and a failure is shown in notice.html before it does.
import type { runCoverageCheck as RunCoverageCheck } from '../../../src/commands/commands';

const mockRunCoverageCheckCommand = jest.fn<Promise<{ ok: boolean; message: string }>, []>();
jest.mock('../../../src/workbook/office/coverageCommand', () => ({
  runCoverageCheckCommand: () => mockRunCoverageCheckCommand(),
}));

type DialogHandler = (arg: unknown) => void;
interface FakeDialog {
  readonly url: string;
  readonly handlers: Map<string, DialogHandler>;
  readonly close: jest.Mock;
}

const dialogs: FakeDialog[] = [];
let dialogApi = true;
const associate = jest.fn();
const fakeOffice = {
  onReady: (callback?: (info: { host: string }) => void) => {
    callback?.({ host: 'Excel' });
    return Promise.resolve({ host: 'Excel' });
  },
  actions: { associate },
  context: {
    requirements: { isSetSupported: (name: string) => name === 'DialogApi' && dialogApi },
    ui: {
      displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
        const dialog: FakeDialog = { url, handlers: new Map(), close: jest.fn() };
        dialogs.push(dialog);
        callback({
          status: 'succeeded',
          value: {
            addEventHandler: (type: string, handler: DialogHandler) => dialog.handlers.set(type, handler),
            close: dialog.close,
          },
        });
      },
    },
  },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
};

let runCoverageCheck: typeof RunCoverageCheck;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const event = () =>
  ({ completed: jest.fn(), source: { id: 'Lianyi.CoverageCheck' } }) as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };

beforeAll(async () => {
  Object.assign(globalThis, { Office: fakeOffice });
  ({ runCoverageCheck } = await import('../../../src/commands/commands'));
});

beforeEach(() => {
  dialogs.length = 0;
  dialogApi = true;
  mockRunCoverageCheckCommand.mockReset();
});

describe('ribbon command 覆盖检查', () => {
  it('is associated with the manifest function name once Office is ready', () => {
    expect(associate).toHaveBeenCalledWith('runCoverageCheck', runCoverageCheck);
  });

  it('shows the summary of a finished check for ten seconds, then completes', async () => {
    jest.useFakeTimers();
    try {
      mockRunCoverageCheckCommand.mockResolvedValue({ ok: true, message: '2026-2027学年第一学期：结对已联系 10/12' });
      const clicked = event();
      const running = runCoverageCheck(clicked);
      await jest.advanceTimersByTimeAsync(0);
      expect(dialogs).toHaveLength(1);
      const url = new URL(dialogs[0]?.url ?? '');
      expect([url.searchParams.get('title'), url.searchParams.get('message')]).toEqual([
        '覆盖检查完成',
        '2026-2027学年第一学期：结对已联系 10/12',
      ]);
      await jest.advanceTimersByTimeAsync(9_000);
      expect(clicked.completed).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1_000);
      await running;
      expect(dialogs[0]?.close).toHaveBeenCalled();
      expect(clicked.completed).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('shows a failure in notice.html and completes only after the user closed it', async () => {
    mockRunCoverageCheckCommand.mockResolvedValue({
      ok: false,
      message: '这不是联谊交友台账：请先在「台账面板」中新建台账。',
    });
    const clicked = event();
    const running = runCoverageCheck(clicked);
    await flush();
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0]?.url ?? '');
    expect(url.pathname.endsWith('/notice.html')).toBe(true);
    expect(url.origin).toBe(window.location.origin);
    expect(url.searchParams.get('title')).toBe('覆盖检查没有完成');
    expect(url.searchParams.get('message')).toBe('这不是联谊交友台账：请先在「台账面板」中新建台账。');
    expect(clicked.completed).not.toHaveBeenCalled();

    dialogs[0]?.handlers.get('dialogMessageReceived')?.({ message: 'close' });
    await running;
    expect(dialogs[0]?.close).toHaveBeenCalled();
    expect(clicked.completed).toHaveBeenCalledTimes(1);
  });

  it('reports an exception the same way, and completes when the dialog is closed with its X', async () => {
    mockRunCoverageCheckCommand.mockRejectedValue(new Error('RichApi.Error'));
    const clicked = event();
    const running = runCoverageCheck(clicked);
    await flush();
    expect(new URL(dialogs[0]?.url ?? '').searchParams.get('message')).toContain('RichApi.Error');
    dialogs[0]?.handlers.get('dialogEventReceived')?.({ error: 12006 });
    await running;
    expect(clicked.completed).toHaveBeenCalledTimes(1);
  });

  it('still completes where no dialog can be shown', async () => {
    dialogApi = false;
    mockRunCoverageCheckCommand.mockResolvedValue({ ok: false, message: '尚未实现' });
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const clicked = event();
    await runCoverageCheck(clicked);
    expect(dialogs).toHaveLength(0);
    expect(errors).toHaveBeenCalledWith('尚未实现');
    expect(clicked.completed).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });
});
