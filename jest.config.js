/** Unit and integration tests run under TZ=Asia/Shanghai; the `dates` project runs again under TZ=UTC (see package.json). */
const transform = { '^.+\\.tsx?$': ['ts-jest', {}] };
const common = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    {
      ...common,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/unit/taskpane/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/unit/taskpane/setup.ts'],
    },
    // Headless Chromium on the built add-in (npm run test:e2e); not part of npm test.
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'] },
    {
      ...common,
      displayName: 'dates',
      testMatch: [
        '<rootDir>/test/unit/localDate.test.ts',
        '<rootDir>/test/unit/cellParsers.test.ts',
        '<rootDir>/test/integration/xlsxDates.test.ts',
        '<rootDir>/test/integration/readXlsxCells.test.ts',
      ],
    },
  ],
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/test/support/countReporter.js'],
};
