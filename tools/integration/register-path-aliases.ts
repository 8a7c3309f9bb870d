/**
 * Jest's globalSetup is loaded with Node's own resolver, which knows nothing of the `@zusammen/*`
 * aliases in tsconfig.base.json (test files get them from the Nx jest resolver). This maps them the
 * same way for the setup: exact aliases only, as the workspace uses no wildcards.
 */
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const tsconfig = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const aliases = new Map(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
    alias,
    resolve(root, target),
  ]),
);

type ResolveFilename = (
  request: string,
  parent: unknown,
  isMain: boolean,
  options?: unknown,
) => string;
const moduleWithResolver = Module as unknown as { _resolveFilename: ResolveFilename };
const original = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = function (request, parent, isMain, options) {
  const target = aliases.get(request);
  return original.call(this, target ?? request, parent, isMain, options);
};
