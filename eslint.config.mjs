import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import prettier from 'eslint-config-prettier';

// Externals that must never reach the browser or the shared libs (STYLE.md §3).
const SERVER_ONLY = [
  '@nestjs/*',
  'typeorm',
  'bullmq',
  'ioredis',
  'nodemailer',
  'class-validator',
  'class-transformer',
  'pg',
  '@electric-sql/*',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.angular',
      '**/.data',
      '**/coverage',
      '**/test-results',
      '**/playwright-report',
      'tools/eslint/fixtures/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: SERVER_ONLY,
            },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
              bannedExternalImports: ['@angular/*'],
            },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: SERVER_ONLY,
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:core',
                'type:data-access',
                'type:ui',
                'type:util',
                'type:contract',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: [
                'type:core',
                'type:data-access',
                'type:ui',
                'type:util',
                'type:contract',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:core',
              onlyDependOnLibsWithTags: ['type:core', 'type:util', 'type:contract', 'type:testing'],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contract'],
            },
            {
              sourceTag: 'type:ui',
              onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contract'],
              bannedExternalImports: ['@angular/common/http'],
            },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:contract'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contract'] },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: [
                'type:core',
                'type:feature',
                'type:util',
                'type:contract',
                'type:testing',
              ],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contract', 'type:util'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // Nest (and Angular DI through constructors) needs runtime imports for injected classes.
  {
    files: ['apps/api/**/*.ts', 'apps/worker/**/*.ts', 'libs/api/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  // Libraries tagged type:testing are allowed by the tag rules above for spec files; this rule keeps
  // them out of everything that is not a spec.
  {
    files: ['**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      'libs/api/testing/**',
      '**/jest.*.ts',
      'tools/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@zusammen/api/testing', message: 'Test helpers are for spec files only.' },
          ],
        },
      ],
    },
  },
  ...angular.configs.tsRecommended.map((c) => ({
    ...c,
    files: ['apps/web/**/*.ts', 'libs/web/**/*.ts'],
  })),
  {
    files: ['apps/web/**/*.ts', 'libs/web/**/*.ts'],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'zl', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'zl', style: 'kebab-case' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  ...[...angular.configs.templateRecommended, ...angular.configs.templateAccessibility].map(
    (c) => ({
      ...c,
      files: ['**/*.html'],
    }),
  ),
  prettier,
];
