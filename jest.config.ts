import { getJestProjectsAsync } from '@nx/jest';
import type { Config } from 'jest';

/** Unit tests of every project in one jest run (`*.spec.ts` beside the code). */
export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
  maxWorkers: 2,
});
