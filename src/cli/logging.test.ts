import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { humanLine } from '../log.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'lw-cli-log-'));
// Started through a link named `leakwatch`, as npx and a global install start it.
const bin = join(dir, 'leakwatch');
symlinkSync(resolve('src/cli/main.ts'), bin);

/** Runs the CLI on a fresh data folder (no starter: quicker, and the migrations still run). */
async function leakwatch(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const data = mkdtempSync(join(dir, 'data-'));
  const { NODE_ENV: _n, LEAKWATCH_LOG_LEVEL: _l, ...env } = process.env;
  return run(process.execPath, ['--import', 'tsx', bin, ...args], {
    env: { ...env, LEAKWATCH_DATA_DIR: data, LEAKWATCH_SEED: 'never' },
    timeout: 60_000,
  });
}

describe('the CLI logs for a person', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints no JSON log line on a first run; --verbose shows progress as plain lines', async () => {
    const quiet = await leakwatch('search', 'nothing-matches-this');
    expect(quiet.stdout).toContain('nothing-matches-this');
    expect(quiet.stderr).toBe('');
    const verbose = await leakwatch('search', 'nothing-matches-this', '--verbose');
    expect(verbose.stderr).toMatch(/^leakwatch: migration applied \(module=store, migration=0001_core\)$/m);
    expect(verbose.stderr).not.toMatch(/^\{/m);
  }, 120_000);

  it('turns a pino line into one plain line', () => {
    expect(humanLine('{"level":40,"time":1,"app":"leakwatch","module":"store","msg":"slow","ms":9}')).toBe(
      'leakwatch: warn: slow (module=store, ms=9)\n',
    );
    expect(humanLine('{"level":30,"time":1,"app":"leakwatch","msg":"done"}')).toBe('leakwatch: done\n');
  });
});
