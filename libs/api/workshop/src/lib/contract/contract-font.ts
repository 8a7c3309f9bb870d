import { createRequire } from 'node:module';
import { join } from 'node:path';

/** DejaVu Sans covers Latin, Cyrillic, Arabic and Persian (the contract's five languages) in one family. */
export const CONTRACT_FONTS = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
} as const;

/**
 * Path of a DejaVu font from the `dejavu-fonts-ttf` package, resolved at run time from node_modules: the api bundle
 * (webpack, every package external) copies no assets, and webpack would turn a plain `require.resolve` into a module
 * id. Tried from this file (source and unmocked bundles), then from the working directory (production installs).
 */
export function contractFontPath(file: string): string {
  for (const base of [__filename, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(base).resolve(`dejavu-fonts-ttf/ttf/${file}`);
    } catch {
      // try the next base
    }
  }
  throw new Error(`Font ${file} not found: the package dejavu-fonts-ttf must be installed`);
}
