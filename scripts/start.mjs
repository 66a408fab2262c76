/**
 * npm start: the dev server on https://localhost:3000 in the background (npm stop ends it), sideloading into Excel
 * desktop where office-addin-debugging can (Windows, Mac), and in every case the steps to sideload by hand and the
 * address of the browser preview.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import tls from 'node:tls';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { DEV_PORT } = require('./packaging.js');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STATE = path.join(ROOT, '.tmp');
export const PID_FILE = path.join(STATE, 'dev-server.pid');
const LOG_FILE = path.join(STATE, 'dev-server.log');
const say = (text = '') => process.stdout.write(`${text}\n`);

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

export function readPid() {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number.parseInt(readFileSync(PID_FILE, 'utf8'), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Whether something accepts connections on localhost:port. */
function listening(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: 'localhost', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Whether localhost:port speaks TLS (https) rather than plain http. */
function speaksTls(port) {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: 'localhost', port, rejectUnauthorized: false, servername: 'localhost' });
    socket.setTimeout(5000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('secureConnect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForServer(child, seconds) {
  for (let waited = 0; waited < seconds * 2; waited++) {
    if (child.exitCode !== null) return false;
    if (await listening(DEV_PORT)) return true;
    await sleep(500);
  }
  return false;
}

function startDevServer() {
  mkdirSync(STATE, { recursive: true });
  const log = openSync(LOG_FILE, 'w');
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const child = spawn(process.execPath, [cli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    detached: true, // its own process group, so npm stop can end it with everything it started
    stdio: ['ignore', log, log],
    windowsHide: true,
  });
  child.unref();
  writeFileSync(PID_FILE, `${child.pid}\n`);
  return child;
}

function logTail(lines = 25) {
  if (!existsSync(LOG_FILE)) return '';
  return readFileSync(LOG_FILE, 'utf8').split('\n').slice(-lines).join('\n');
}

/** office-addin-debugging sideloads into Excel desktop on Windows and Mac only; its failure is not npm start's. */
function sideload(secure) {
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    say(`自动旁加载：office-addin-debugging 不能在 ${process.platform} 上启动 Excel，请按下面的步骤手动旁加载。`);
    return;
  }
  if (!secure) return; // Excel would refuse the http pages; the notice below says how to get certificates
  say('正在用 office-addin-debugging 把加载项旁加载到 Excel 桌面版……');
  const cli = require.resolve('office-addin-debugging/cli.js');
  const result = spawnSync(process.execPath, [cli, 'start', 'manifest.xml', 'desktop', '--app', 'excel'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) say('自动旁加载没有成功，请按下面的步骤手动旁加载。');
}

function instructions(origin, secure) {
  say();
  say('══ 联谊交友台账 · 开发服务器 ═══════════════════════════════════════════════');
  say(`地址：${origin}/    日志：.tmp/dev-server.log    停止：npm stop`);
  if (!secure) {
    say();
    say('注意：开发证书无法创建或安装，服务器以 http 运行（原因见日志）。浏览器预览可以用；');
    say('      Excel 只加载 https 页面，旁加载前请先安装证书：npx office-addin-dev-certs install（需要管理员权限），');
    say('      然后 npm stop && npm start。');
  }
  say();
  say('浏览器预览（不需要 Excel）：在普通浏览器中打开');
  say(`    ${origin}/taskpane.html`);
  say('  打开一份 .xlsx 台账或示例台账，检查、下载报告和登记表；文件只在浏览器中处理，不上传。');
  say();
  say('在 Excel 网页版中旁加载：');
  say('  1. 在 Microsoft 365 中用 Excel 网页版打开任一工作簿；');
  say('  2. 插入 → 加载项（Office 加载项）→ 上传我的加载项；');
  say(`  3. 选择 ${path.join(ROOT, 'manifest.xml')}，上传。`);
  say('  「开始」选项卡右侧出现「联谊交友」组：台账面板、覆盖检查、生成登记表。');
  say('  网页版由你的浏览器访问 https://localhost:3000，这台电脑必须信任开发证书。');
  say();
  say('在 Excel 桌面版（Windows）中旁加载：共享文件夹目录');
  say('  1. 把 manifest.xml 所在的文件夹设为共享，记下网络路径，例如 \\\\电脑名\\lianyi；');
  say('  2. Excel：文件 → 选项 → 信任中心 → 信任中心设置 → 受信任的加载项目录，');
  say('     在“目录 URL”中填网络路径 → 添加目录 → 勾选“显示在菜单中” → 确定，然后重启 Excel；');
  say('  3. 开始 → 加载项（或 插入 → 我的加载项）→ 共享文件夹 → 联谊交友台账 → 添加。');
  say('  Mac：把 manifest.xml 复制到 ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ 后重启 Excel。');
  say('════════════════════════════════════════════════════════════════════════════');
}

async function main() {
  const running = readPid();
  if (running !== undefined && isAlive(running)) {
    say(`开发服务器已在运行（进程 ${running}）。`);
  } else if (await listening(DEV_PORT)) {
    say(`端口 ${DEV_PORT} 已被另一个程序占用：请先关闭它（或 npm stop），再运行 npm start。`);
    process.exitCode = 1;
    return;
  } else {
    say(`正在启动开发服务器（端口 ${DEV_PORT}，首次编译约需一分钟）……`);
    const child = startDevServer();
    if (!(await waitForServer(child, 180))) {
      say('开发服务器没有启动。日志最后几行：');
      say(logTail());
      process.exitCode = 1;
      return;
    }
  }
  const secure = await speaksTls(DEV_PORT);
  const origin = `${secure ? 'https' : 'http'}://localhost:${DEV_PORT}`;
  sideload(secure);
  instructions(origin, secure);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
