import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Config } from 'jest';

/**
 * Integration tests (`*.integration-spec.ts`) of every Node project under apps/ and libs/, against
 * the real local PostgreSQL and Redis: one fresh database and Redis prefix per run (tools/integration).
 *   npx jest -c jest.integration.config.ts
 */
const ROOT = __dirname;
const SKIP = new Set(['node_modules', 'dist', 'coverage', '.angular']);

function hasIntegrationSpecs(dir: string): boolean {
  for (const entry of readdirSync(dir)) {
    if (SKIP.has(entry)) continue;
    const path = join(dir, entry);
    if (
      statSync(path).isDirectory()
        ? hasIntegrationSpecs(path)
        : entry.endsWith('.integration-spec.ts')
    )
      return true;
  }
  return false;
}

/** Project folders: those with a tsconfig.spec.json and at least one integration spec in src/. */
function findProjects(dir: string, depth = 0): string[] {
  if (depth > 3 || !existsSync(dir)) return [];
  if (existsSync(join(dir, 'tsconfig.spec.json')) && existsSync(join(dir, 'src'))) {
    return hasIntegrationSpecs(join(dir, 'src')) ? [dir] : [];
  }
  return readdirSync(dir)
    .filter((entry) => !SKIP.has(entry) && statSync(join(dir, entry)).isDirectory())
    .flatMap((entry) => findProjects(join(dir, entry), depth + 1));
}

const projectDirs = [...findProjects(join(ROOT, 'apps')), ...findProjects(join(ROOT, 'libs'))];

type Project = NonNullable<Config['projects']>[number];

function integrationProject(
  displayName: string,
  rootDir: string,
  testMatch: string,
  tsconfig: string,
): Project {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    testMatch: [testMatch],
    resolver: '@nx/jest/plugins/resolver',
    moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
    transform: {
      '^.+\\.ts$': ['ts-jest', { tsconfig, diagnostics: { ignoreCodes: [151002] } }],
    },
    testEnvironmentOptions: { customExportConditions: ['node', 'require', 'default'] },
  };
}

const config: Config = {
  globalSetup: '<rootDir>/tools/integration/global-setup.ts',
  globalTeardown: '<rootDir>/tools/integration/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60_000,
  projects: [
    ...projectDirs.map((dir) =>
      integrationProject(
        `${relative(ROOT, dir)} (integration)`,
        dir,
        '<rootDir>/src/**/*.integration-spec.ts',
        join(dir, 'tsconfig.spec.json'),
      ),
    ),
    // bench/: specs of the benchmark and cluster scripts. They start the BUILT apps (dist/), which is why
    // tools/test.sh runs the integration step after the build.
    integrationProject(
      'bench (integration)',
      join(ROOT, 'bench'),
      '<rootDir>/**/*.integration-spec.ts',
      join(ROOT, 'bench/tsconfig.json'),
    ),
  ],
};

export default config;
