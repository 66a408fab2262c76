/**
 * npm stop: ends the dev server npm start ran (by the process id it recorded, with the processes it started) and,
 * on Windows and Mac, removes the sideloaded add-in with office-addin-debugging.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { PID_FILE, isAlive, readPid } from './start.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (text) => process.stdout.write(`${text}\n`);

/** Signals the process group npm start created (the server and its helpers), or the process alone. */
function signal(pid, name) {
  try {
    process.kill(-pid, name);
  } catch {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  }
}

async function waitForExit(pid, seconds) {
  for (let waited = 0; waited < seconds * 10 && isAlive(pid); waited++) await sleep(100);
  return !isAlive(pid);
}

/** Whether `pid` is still the webpack dev server (and not another program that got its number since). */
function isDevServer(pid) {
  if (!isAlive(pid)) return false;
  if (process.platform === 'win32') return true;
  const command = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).stdout ?? '';
  return command.includes('webpack');
}

async function stopDevServer() {
  const pid = readPid();
  if (pid === undefined || !isDevServer(pid)) {
    say('没有由 npm start 启动、仍在运行的开发服务器。');
    rmSync(PID_FILE, { force: true });
    return;
  }
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(pid), '/t', '/f'], { stdio: 'ignore' });
  } else {
    signal(pid, 'SIGTERM');
    if (!(await waitForExit(pid, 10))) signal(pid, 'SIGKILL');
  }
  if (!(await waitForExit(pid, 5))) {
    say(`开发服务器（进程 ${pid}）没有退出，请手动结束它。`);
    process.exitCode = 1;
    return;
  }
  rmSync(PID_FILE, { force: true });
  say(`已停止开发服务器（进程 ${pid}）。`);
}

function removeSideload() {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return;
  const cli = require.resolve('office-addin-debugging/cli.js');
  spawnSync(process.execPath, [cli, 'stop', 'manifest.xml'], { cwd: ROOT, stdio: 'inherit' });
}

await stopDevServer();
removeSideload();
