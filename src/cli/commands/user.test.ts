import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lw-cli-user-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, ...args],
      { env: { ...process.env, LEAKWATCH_DATA_DIR: dir, LEAKWATCH_LOG_LEVEL: 'silent' } },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}

it('user add (password from stdin, never an argument), user list --json and audit --json', async () => {
  const add = await cli(
    ['user', 'add', 'sato', '--role', 'admin', '--password-stdin', '--json'],
    'violet kettle runs uphill\n',
  );
  expect(add.stderr).toBe('');
  expect(add.code).toBe(0);
  expect(JSON.parse(add.stdout)).toMatchObject({ name: 'sato', role: 'admin', disabled: false });

  const weak = await cli(['user', 'add', 'kato', '--role', 'editor', '--password-stdin'], 'password1234\n');
  expect(weak.code).toBe(1);
  expect(weak.stderr).toMatch(/too common.*\[validation_failed\]/);

  const list = await cli(['user', 'list', '--json']);
  const users = JSON.parse(list.stdout) as { name: string }[];
  expect(users.map((u) => u.name)).toEqual(['sato']);
  expect(list.stdout).not.toContain('argon2');

  const audit = await cli(['audit', '--json']);
  const entries = JSON.parse(audit.stdout) as { action: string; actor: string }[];
  expect(entries[0]).toMatchObject({ action: 'user.add', actor: 'cli' });
}, 90_000);
