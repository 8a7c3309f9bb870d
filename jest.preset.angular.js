// Shared jest settings of the Angular projects (apps/web, libs/web/*): jsdom, zoneless test setup,
// jest-preset-angular transforms. `<rootDir>` is each project's folder.
const base = require('./jest.preset.js');

module.exports = {
  ...base,
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  // @jsverse/utils (used by Transloco) ships ESM in .js files, so it is transformed as well.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/utils/))'],
  snapshotSerializers: [
    'jest-preset-angular/build/serializers/no-ng-attributes',
    'jest-preset-angular/build/serializers/ng-snapshot',
    'jest-preset-angular/build/serializers/html-comment',
  ],
};
