// Runs the end-to-end test of the browser preview in headless Chromium (Debian's chromium package).
// On a developer machine without it, says how to install it and skips; in CI (CI=true), where
// .ci/run installs it, a missing browser is a failure like any other.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import console from 'node:console';
import process from 'node:process';

const chromium = process.env.LIANYI_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium) && process.env.CI !== 'true') {
  console.log(
    `e2e：没有找到 ${chromium}，跳过浏览器预览的端到端测试。安装后可运行：sudo apt-get install -y chromium && npm run test:e2e`,
  );
  process.exit(0);
}
const jest = spawnSync('npx', ['jest', '--selectProjects', 'e2e', '--runInBand'], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'Asia/Shanghai' },
});
process.exit(jest.status ?? 1);
