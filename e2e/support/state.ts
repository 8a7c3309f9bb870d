import { join } from 'node:path';
import { ROOT } from './system';

/** What global-setup started, so global-teardown can stop and remove it again. */
export interface E2eState {
  database: string;
  adminUrl: string;
  redisUrl: string;
  redisPrefix: string;
  pids: number[];
  baseUrl: string;
  dataDir: string;
}

export const STATE_FILE = join(ROOT, 'dist/e2e/state.json');
