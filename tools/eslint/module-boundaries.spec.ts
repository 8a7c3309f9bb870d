import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Lints `code` as if it were a file at `filePath` (inside a project, so its tags apply). */
async function lint(filePath: string, code: string): Promise<LintMessage[]> {
  const eslint = join(ROOT, 'node_modules/.bin/eslint');
  const pending = run(eslint, ['--format', 'json', '--stdin', '--stdin-filename', filePath], {
    cwd: ROOT,
    env: { ...process.env, NX_DAEMON: 'false' },
    maxBuffer: 10 * 1024 * 1024,
  });
  pending.child.stdin?.end(code);
  // ESLint exits 1 when it reports errors; its JSON report is on stdout either way.
  const { stdout } = await pending.catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? '[]',
  }));
  const [result] = JSON.parse(stdout) as Array<{ messages: LintMessage[] }>;
  return result?.messages ?? [];
}

const boundaryErrors = (messages: LintMessage[]): LintMessage[] =>
  messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries');

describe('module boundaries (STYLE.md §3) are enforced by lint', () => {
  jest.setTimeout(120_000);

  // The rule skips itself (with only a warning) when Nx has no cached project graph, as in a fresh clone.
  beforeAll(async () => {
    await run(join(ROOT, 'node_modules/.bin/nx'), ['show', 'projects'], {
      cwd: ROOT,
      env: { ...process.env, NX_DAEMON: 'false' },
    });
  });

  it('rejects a web library importing typeorm', async () => {
    const messages = await lint(
      'libs/web/ui/src/lib/boundary-fixture.ts',
      "import { DataSource } from 'typeorm';\n\nexport const leak = DataSource;\n",
    );
    expect(
      boundaryErrors(messages)
        .map((m) => m.message)
        .join('\n'),
    ).toMatch(/typeorm/);
  });

  it('rejects a web library importing an api library', async () => {
    const messages = await lint(
      'libs/web/core/src/lib/boundary-fixture.ts',
      "import { appConfig } from '@zusammen/api/core';\n\nexport const leak = appConfig;\n",
    );
    expect(boundaryErrors(messages)).not.toHaveLength(0);
  });

  it('rejects shared contracts importing NestJS', async () => {
    const messages = await lint(
      'libs/shared/contracts/src/lib/boundary-fixture.ts',
      "import { Injectable } from '@nestjs/common';\n\nexport const leak = Injectable;\n",
    );
    expect(
      boundaryErrors(messages)
        .map((m) => m.message)
        .join('\n'),
    ).toMatch(/@nestjs\/common/);
  });

  it('accepts a web library importing the shared contracts (control case)', async () => {
    const messages = await lint(
      'libs/web/ui/src/lib/boundary-fixture.ts',
      "import { SUPPORTED_LOCALES } from '@zusammen/shared/contracts';\n\nexport const locales = SUPPORTED_LOCALES;\n",
    );
    expect(boundaryErrors(messages)).toEqual([]);
  });
});
