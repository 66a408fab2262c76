import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What src/core must never reach: the core is the policy, pure and deterministic. */
const coreForbiddenImports = {
  paths: ['exceljs', 'react', 'react-dom', 'fs', 'path', 'os', 'child_process'].map((name) => ({
    name,
    message: 'src/core 必须保持纯净：I/O 与界面放在 src/workbook、src/cli 或 src/taskpane。',
  })),
  patterns: [
    { group: ['node:*'], message: 'src/core 不能使用 Node 内置模块。' },
    {
      group: ['@microsoft/office-js', 'office-*', '@fluentui/*', 'exceljs/*', 'react/*'],
      message: 'src/core 不能依赖 Office.js、界面或 exceljs。',
    },
    {
      group: ['**/app/**', '**/workbook/**', '**/cli/**', '**/taskpane/**', '**/commands/**'],
      message: 'src/core 不能依赖外层模块。',
    },
  ],
};

/**
 * The layers point one way: core ← app ← hosts (workbook adapters, cli, taskpane, commands).
 * Nothing below the task pane reaches up into it, and the use cases know the workbook only by its port.
 */
const outer = (message, groups) => ({ group: groups, message });
const appForbiddenImports = {
  paths: ['exceljs', 'react', 'react-dom', 'fs', 'path', 'os', 'child_process'].map((name) => ({
    name,
    message: 'src/app 只编排用例：I/O 与界面放在宿主中。',
  })),
  patterns: [
    { group: ['node:*'], message: 'src/app 不能使用 Node 内置模块。' },
    {
      group: ['@microsoft/office-js', 'office-*', '@fluentui/*', 'exceljs/*', 'react/*'],
      message: 'src/app 不能依赖 Office.js、界面或 exceljs。',
    },
    outer('src/app 只能通过 src/workbook/port.ts 访问工作簿，不能依赖宿主。', [
      '**/taskpane/**',
      '**/cli/**',
      '**/commands/**',
      '**/workbook/office/**',
      '**/workbook/memory/**',
      '**/workbook/xlsx/**',
    ]),
  ],
};
const belowPane = (layer) => ({
  patterns: [
    outer(`${layer} 不能依赖任务窗格或功能区（src/taskpane、src/commands）：共用的契约放在 src/app。`, [
      '**/taskpane/**',
      '**/commands/**',
    ]),
  ],
});

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'node_modules/', 'coverage/', 'bench-out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreForbiddenImports],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'fetch', 'Office', 'Excel', 'process', 'require'].map(
          (name) => ({
            name,
            message: 'src/core 不能访问宿主环境（DOM、Office、进程）。',
          }),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: '不要在 src/core 中读取当前时间：把 today 作为参数传入。',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: '不要在 src/core 中读取当前时间：把 today 作为参数传入。',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'src/core 必须是确定性的。',
        },
      ],
    },
  },
  { files: ['src/app/**/*.ts'], rules: { 'no-restricted-imports': ['error', appForbiddenImports] } },
  { files: ['src/workbook/**/*.ts'], rules: { 'no-restricted-imports': ['error', belowPane('src/workbook')] } },
  { files: ['src/cli/**/*.ts'], rules: { 'no-restricted-imports': ['error', belowPane('src/cli')] } },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
