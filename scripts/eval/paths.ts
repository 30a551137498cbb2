import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two levels above scripts/eval/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared read-only material: $LEAKWATCH_SHARED, else ../shared beside the repository. */
export function sharedDir(): string {
  const dir = process.env.LEAKWATCH_SHARED
    ? resolve(process.env.LEAKWATCH_SHARED)
    : resolve(REPO_ROOT, '..', 'shared');
  if (!existsSync(dir)) throw new Error(`shared material not found at ${dir} (set LEAKWATCH_SHARED)`);
  return dir;
}
